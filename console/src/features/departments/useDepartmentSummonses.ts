import { useQuery } from '@tanstack/react-query';
import { listSummonses } from '../../caseWork/api/listSummonses.ts';
import { caseKeys } from '../../caseWork/caseQueries.ts';
import { useLastWriteStore } from '../../common/api/lastWriteStore.ts';
import { getDepartmentResponse } from './getDepartmentResponse.ts';
import { summonsOrder } from './summonsOrder.ts';

/**
 * Every report still owed, and the latest summonses besides, in the reader's scope (a
 * liaison: their own department's), with each department's response figures. Each read
 * waits for the person's latest change, so a report just made shows as made.
 */
export function useDepartmentSummonses() {
  const after = useLastWriteStore((state) => state.position);
  const since = after ? { after } : {};
  const open = useQuery({
    queryKey: [...caseKeys.all, 'summonses', 'open', after],
    queryFn: ({ signal }) => listSummonses({ open: true, limit: 500, ...since }, signal),
  });
  const recent = useQuery({
    queryKey: [...caseKeys.all, 'summonses', 'recent', 100, after],
    queryFn: ({ signal }) => listSummonses({ sort: '-summoned', limit: 100, ...since }, signal),
  });
  const response = useQuery({
    queryKey: ['departments', 'response', after],
    queryFn: ({ signal }) => getDepartmentResponse(since, signal),
  });
  const items = summonsOrder(open.data?.items ?? [], recent.data?.items ?? []);
  return { open, recent, response, items };
}
