import type { CaseFileAnswer } from '@gridline/projections';
import { useQuery } from '@tanstack/react-query';
import { caseFileHash } from './caseFileHash.ts';

/** The file's SHA-256 recomputed in the browser, to set beside the one the server sealed it with. */
export const useCaseFileCheck = (answer: CaseFileAnswer | undefined) =>
  useQuery({
    queryKey: ['audit', 'case-file-hash', answer?.file.caseId, answer?.hash.value],
    queryFn: () => caseFileHash(answer?.file),
    enabled: answer !== undefined,
    staleTime: Infinity,
    retry: false,
  });

/** Saves the answer as it came, file and hash, as `case-<id>-r<revision>.json`. */
export const downloadCaseFile = (answer: CaseFileAnswer): void => {
  const blob = new Blob([JSON.stringify(answer, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `case-${answer.file.caseId}-r${answer.file.revision}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
