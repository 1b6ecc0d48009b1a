import type { CaseBoardItem } from '@gridline/projections';
import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { useLastWriteStore } from '../../common/api/lastWriteStore.ts';
import { listCases, type CaseBoardQuery } from '../../caseWork/api/listCases.ts';
import { caseKeys } from '../../caseWork/caseQueries.ts';
import { orderByUrgency } from './patchUrgency.ts';

// Everything not yet archived: resolved cases still wait for their check and return visit.
const openStatuses = ['awaiting_dispatch', 'assigned', 'in_progress', 'resolved'] as const;

// A grid holds tens of open cases; one page per status covers it, and says so if not.
const pageSize = 200;

export interface OpenCases {
  readonly cases: CaseBoardItem[];
  readonly isPending: boolean;
  readonly error: unknown;
  readonly incomplete: boolean;
  refetch(): void;
}

/** The grid's open cases, most urgent first, including this person's latest change. */
export function useOpenCasesOfGrid(gridId: string): OpenCases {
  const after = useLastWriteStore((state) => state.position);
  const results = useQueries({
    queries: openStatuses.map((status) => {
      const query: CaseBoardQuery = { grid: gridId, status, limit: pageSize };
      return {
        queryKey: [...caseKeys.board(query), after],
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          listCases({ ...query, ...(after && { after }) }, signal),
        placeholderData: keepPreviousData,
      };
    }),
  });
  return {
    cases: orderByUrgency(results.flatMap((result) => result.data?.items ?? [])),
    isPending: results.some((result) => result.isPending),
    error: results.find((result) => result.error)?.error ?? null,
    incomplete: results.some((result) => result.data?.nextCursor),
    refetch: () => results.forEach((result) => void result.refetch()),
  };
}
