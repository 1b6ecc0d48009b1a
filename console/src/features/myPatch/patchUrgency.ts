import type { CaseBoardItem } from '@gridline/projections';

const time = (iso: string | null): number =>
  iso ? new Date(iso).getTime() : Number.POSITIVE_INFINITY;

/**
 * Overdue first (the longest overdue on top), then by deadline, soonest first; cases with
 * no deadline running (resolved, awaiting the check or the visit) last, oldest first.
 */
export function orderByUrgency(cases: readonly CaseBoardItem[]): CaseBoardItem[] {
  return [...cases].sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    const byDeadline = time(a.deadline) - time(b.deadline);
    if (byDeadline !== 0 && !Number.isNaN(byDeadline)) return byDeadline;
    return time(a.openedAt) - time(b.openedAt);
  });
}

/** The counts on the cards above the list. */
export interface PatchCounts {
  readonly open: number;
  readonly overdue: number;
  readonly dueToday: number;
  readonly awaitingDispatch: number;
}

const sameLocalDay = (a: Date, b: Date): boolean => a.toDateString() === b.toDateString();

/** The cards double as filters of the list below them. */
export type PatchFilter = keyof PatchCounts;

const isDueToday = (c: CaseBoardItem, now: Date): boolean =>
  !c.overdue && c.deadline !== null && sameLocalDay(new Date(c.deadline), now);

const matchers: Record<PatchFilter, (c: CaseBoardItem, now: Date) => boolean> = {
  open: () => true,
  overdue: (c) => c.overdue,
  dueToday: isDueToday,
  awaitingDispatch: (c) => c.status === 'awaiting_dispatch',
};

export const filterPatch = (
  cases: readonly CaseBoardItem[],
  filter: PatchFilter,
  now: Date,
): CaseBoardItem[] => cases.filter((c) => matchers[filter](c, now));

export function countPatch(cases: readonly CaseBoardItem[], now: Date): PatchCounts {
  const count = (filter: PatchFilter) => filterPatch(cases, filter, now).length;
  return {
    open: count('open'),
    overdue: count('overdue'),
    dueToday: count('dueToday'),
    awaitingDispatch: count('awaitingDispatch'),
  };
}
