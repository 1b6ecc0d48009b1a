import { useQuery, type QueryClient } from '@tanstack/react-query';
import { getCase } from './api/getCase.ts';
import { getCaseHistory } from './api/getCaseHistory.ts';
import type { CaseSnapshot } from './caseTypes.ts';

export const caseKeys = {
  all: ['cases'] as const,
  board: (query: object) => ['cases', 'board', query] as const,
  one: (caseId: string) => ['cases', 'one', caseId] as const,
  history: (caseId: string) => ['cases', 'history', caseId] as const,
};

export const useCaseSnapshot = (caseId: string) =>
  useQuery({ queryKey: caseKeys.one(caseId), queryFn: ({ signal }) => getCase(caseId, signal) });

export const useCaseHistory = (caseId: string) =>
  useQuery({
    queryKey: caseKeys.history(caseId),
    queryFn: ({ signal }) => getCaseHistory(caseId, signal),
  });

/** After a change: the new state now, then the history and every list that shows the case. */
export function caseChanged(client: QueryClient, snapshot: CaseSnapshot): void {
  client.setQueryData(caseKeys.one(snapshot.caseId), snapshot);
  void client.invalidateQueries({ queryKey: caseKeys.history(snapshot.caseId) });
  void client.invalidateQueries({ queryKey: ['cases', 'board'] });
}
