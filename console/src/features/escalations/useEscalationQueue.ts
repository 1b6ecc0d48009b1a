import type { SummonsItem } from '@gridline/projections';
import { useQuery } from '@tanstack/react-query';
import { listCases } from '../../caseWork/api/listCases.ts';
import { listSummonses } from '../../caseWork/api/listSummonses.ts';
import { caseKeys } from '../../caseWork/caseQueries.ts';
import { useLastWriteStore } from '../../common/api/lastWriteStore.ts';

/** How far back "escalated recently" reaches. */
export const recentDays = 7;

/**
 * The street's queue: every open case at the street or a department, and every case
 * escalated in the last week, with the summonses on them (who has reported, who has not).
 */
export function useEscalationQueue(streetId: string) {
  const after = useLastWriteStore((state) => state.position);
  const query = { street: streetId, escalatedWithinDays: recentDays, sort: 'deadline', limit: 500 };
  const cases = useQuery({
    queryKey: [...caseKeys.board(query), after],
    queryFn: ({ signal }) => listCases({ ...query, ...(after && { after }) }, signal),
  });
  const summonses = useQuery({
    queryKey: [...caseKeys.all, 'summonses', 'recent', after],
    queryFn: ({ signal }) =>
      listSummonses({ sort: '-summoned', limit: 500, ...(after && { after }) }, signal),
  });
  const byCase = new Map<string, SummonsItem[]>();
  for (const item of summonses.data?.items ?? []) {
    byCase.set(item.caseId, [...(byCase.get(item.caseId) ?? []), item]);
  }
  return { cases, summonses, byCase };
}
