import type { Level } from '@gridline/events';
import type { Account } from '../common/session/account.ts';
import type { CaseState, CaseSummons } from './caseTypes.ts';

/** The steps the console offers on a case in this slice. */
export const caseActions = ['assign', 'accept', 'mediate', 'escalate', 'resolve', 'note'] as const;
export type CaseAction = (typeof caseActions)[number];

/**
 * What the console knows of a case when it decides which buttons to show: the full state on
 * the case page, a board row on lists (which lacks summonses and mediations).
 */
export interface CaseStanding {
  readonly kind: 'dispute' | 'issue';
  readonly status: string;
  readonly level: string;
  readonly place: {
    readonly streetId: string;
    readonly communityId: string;
    readonly gridId: string;
  };
  readonly departmentId: string | null;
  readonly assigneeId: string | null;
  readonly summonses?: readonly CaseSummons[];
}

export const standingOfState = (state: CaseState): CaseStanding => ({
  ...state,
  assigneeId: state.assignment?.assigneeId ?? null,
});

const activeStatuses = ['awaiting_dispatch', 'assigned', 'in_progress'];

// Mirrors backend/src/domain/case/caseAccess.ts so the console hides what the server would
// refuse; the server still decides every command, and its refusals are shown as they come.
function reaches(account: Account, standing: CaseStanding): boolean {
  const { kind, id } = account.scope;
  const { place } = standing;
  switch (kind) {
    case 'district':
      return account.role === 'admin' || account.role === 'auditor';
    case 'street':
      return place.streetId === id;
    case 'community':
      return place.communityId === id;
    case 'grid':
      return place.gridId === id;
    case 'department':
      return (
        standing.departmentId === id ||
        (standing.summonses ?? []).some((s) => s.departments.some((d) => d.departmentId === id))
      );
  }
}

const levelsStaffedBy: Partial<Record<Account['role'], readonly string[]>> = {
  grid_leader: ['grid'],
  community_staff: ['community'],
  street_supervisor: ['street', 'department'],
};

const isStaffAtLevel = (account: Account, standing: CaseStanding): boolean =>
  (account.role === 'admin' && account.scope.kind === 'district') ||
  ((levelsStaffedBy[account.role]?.includes(standing.level) ?? false) &&
    reaches(account, standing));

const hasOpenSummons = (standing: CaseStanding): boolean =>
  (standing.summonses ?? []).some((s) => s.departments.some((d) => !d.reported && !d.withdrawn));

/** The steps this person may take on the case now, in the order the buttons appear. */
export function availableActions(account: Account, standing: CaseStanding): CaseAction[] {
  if (account.role === 'auditor' || !reaches(account, standing)) return [];
  const active = activeStatuses.includes(standing.status);
  const staff = isStaffAtLevel(account, standing);
  const isAssignee = standing.assigneeId !== null && standing.assigneeId === account.personId;
  const allowed: Record<CaseAction, boolean> = {
    assign: active && staff,
    accept: standing.status === 'assigned' && isAssignee,
    mediate: active && standing.kind === 'dispute' && (staff || isAssignee),
    escalate: active && staff && standing.level !== 'department',
    resolve:
      active &&
      !hasOpenSummons(standing) &&
      (staff || (isAssignee && standing.status === 'in_progress')),
    note: true,
  };
  return caseActions.filter((action) => allowed[action]);
}

const ladder: readonly Level[] = ['grid', 'community', 'street', 'department'];

/** The rung above, where an escalation goes (null at the top). */
export const levelAbove = (level: Level): Exclude<Level, 'grid'> | null =>
  (ladder[ladder.indexOf(level) + 1] as Exclude<Level, 'grid'> | undefined) ?? null;
