import type { QueryClient } from '@tanstack/react-query';

/** What `GET /api/live` sends with each `change` (docs/api.md "Live updates"). */
export interface LiveChange {
  readonly position: string;
  readonly caseId: string;
  readonly type: string;
  readonly revision: string;
  readonly recordedAt: string;
}

/**
 * The queries a case change can make stale: the case itself and its history, every list
 * that may show it (the case board, My patch, the meetings' cases) and the figures that
 * count it. Query keys start with these names across the console.
 */
export const queriesTouchedByCases: readonly (readonly unknown[])[] = [
  ['cases'],
  ['patch'],
  ['figures'],
  ['meetings'],
];

/**
 * Gathers the changes that arrive close together (a meeting opens a dozen cases at once)
 * into one round of refetching, so each open list asks the server once, not per change.
 */
export function changeBatcher(client: QueryClient, waitMs: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let everything = false;
  const flush = () => {
    timer = null;
    const keys = everything ? [undefined] : queriesTouchedByCases;
    everything = false;
    for (const queryKey of keys) {
      void client.invalidateQueries(queryKey ? { queryKey: [...queryKey] } : {});
    }
  };
  const schedule = () => {
    timer ??= setTimeout(flush, waitMs);
  };
  return {
    /** A case changed: refetch what shows cases. */
    changed: schedule,
    /** Too much changed to replay (`reset`): refetch everything shown. */
    resetAll: () => {
      everything = true;
      schedule();
    },
    stop: () => {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
