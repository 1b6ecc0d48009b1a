import type { CaseFileAnswer } from '@gridline/projections';
import { apiRequest } from '../../common/api/apiRequest.ts';

/** GET /api/cases/:id/file — the case file (一案一档) and the SHA-256 that seals it. */
export const getCaseFile = async (caseId: string, signal?: AbortSignal): Promise<CaseFileAnswer> =>
  (await apiRequest<CaseFileAnswer>(`/api/cases/${encodeURIComponent(caseId)}/file`, { signal }))
    .body;
