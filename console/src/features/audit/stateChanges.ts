import type { ReplayStep } from '@gridline/projections';

type State = ReplayStep['state'];

/** The members of the case state that the replay shows, in the order it shows them. */
export const shownMembers = [
  'status',
  'level',
  'riskLevel',
  'assignment',
  'deadline',
  'resolution',
  'returnVisits',
  'summonses',
  'missedDeadlines',
  'resolutionCount',
  'reopenCount',
  'returnCount',
] as const;
export type ShownMember = (typeof shownMembers)[number];

const valueOf = (state: State | undefined, member: ShownMember): unknown =>
  state ? (state as Record<string, unknown>)[member] : undefined;

/** Which shown members one step changed: all of them for the first, which opened the case. */
export const changedMembers = (before: State | undefined, after: State): ReadonlySet<ShownMember> =>
  new Set(
    shownMembers.filter(
      (member) =>
        before === undefined ||
        JSON.stringify(valueOf(before, member)) !== JSON.stringify(valueOf(after, member)),
    ),
  );
