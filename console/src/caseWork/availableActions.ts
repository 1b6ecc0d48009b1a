import type { Level } from '@gridline/events';
import type { Account } from '../common/session/account.ts';
import type { CaseState } from './caseTypes.ts';
import { workingDaysBetween } from './workingDays.ts';

/** Every step the console offers on a case, in the order the buttons appear. */
export const caseActions = [
  'assign',
  'accept',
  'mediate',
  'summon',
  'report',
  'withdrawSummons',
  'escalate',
  'returnDown',
  'reassessRisk',
  'extendDeadline',
  'resolve',
  'verify',
  'returnVisit',
  'reopen',
  'close',
  'note',
] as const;
export type CaseAction = (typeof caseActions)[number];

/** What only the full case has (a board row does not): who worked it, its summonses, its visits. */
export type CaseRecord = Pick<
  CaseState,
  | 'summonses'
  | 'extensionsByLevel'
  | 'deadline'
  | 'dispatcherIds'
  | 'handlerIds'
  | 'mediatorIds'
  | 'unsatisfiedResolutions'
  | 'resolution'
  | 'verified'
  | 'returnVisits'
>;

/**
 * What the console knows of a case when it decides which buttons to show: the full state on
 * the case page; a board row on lists, without `record`, where only the steps a row can
 * decide are offered and the others wait on the case page.
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
  readonly record?: CaseRecord;
}

export const standingOfState = (state: CaseState): CaseStanding => ({
  ...state,
  assigneeId: state.assignment?.assigneeId ?? null,
  record: state,
});

const activeStatuses = ['awaiting_dispatch', 'assigned', 'in_progress'];
const ladder: readonly Level[] = ['grid', 'community', 'street', 'department'];

// Mirrors backend/src/domain/case/caseAccess.ts and the decide functions, so the console
// hides what the server would refuse; the server still decides every command, and its
// refusals are shown as they come.
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
        (standing.record?.summonses ?? []).some((s) =>
          s.departments.some((d) => d.departmentId === id),
        )
      );
  }
}

const levelsStaffedBy: Partial<Record<Account['role'], readonly string[]>> = {
  grid_leader: ['grid'],
  community_staff: ['community'],
  street_supervisor: ['street', 'department'],
};

const isAdmin = (account: Account): boolean =>
  account.role === 'admin' && account.scope.kind === 'district';

const isStaffAt = (account: Account, level: string, standing: CaseStanding): boolean =>
  isAdmin(account) ||
  ((levelsStaffedBy[account.role]?.includes(level) ?? false) && reaches(account, standing));

const isStaffAtOrAbove = (account: Account, level: string, standing: CaseStanding): boolean =>
  ladder
    .slice(Math.max(0, ladder.indexOf(level as Level)))
    .some((higher) => isStaffAt(account, higher, standing));

/** Who oversees a level's deadline: the level above; the district at street and department. */
const isOverseerOf = (account: Account, level: string, standing: CaseStanding): boolean =>
  level === 'grid'
    ? isStaffAt(account, 'community', standing)
    : level === 'community'
      ? isStaffAt(account, 'street', standing)
      : isAdmin(account);

const fieldRoles: readonly Account['role'][] = [
  'grid_worker',
  'grid_leader',
  'community_staff',
  'street_supervisor',
  'admin',
];
const isFieldStaff = (account: Account): boolean => fieldRoles.includes(account.role);

/** Each department still owed a report, with its summons. */
export const owedReports = (record: CaseRecord | undefined) =>
  (record?.summonses ?? []).flatMap((summons) =>
    summons.departments
      .filter((department) => !department.reported && !department.withdrawn)
      .map((department) => ({ summons, department })),
  );

/** Whether this person may extend the deadline in force (one extension, then the street's). */
function mayExtend(account: Account, standing: CaseStanding, record: CaseRecord): boolean {
  const { level } = standing;
  const earlier = record.extensionsByLevel[level as Level] ?? 0;
  const lowLevel = level === 'grid' || level === 'community';
  const isStreet = isStaffAt(account, 'street', standing);
  if (record.deadline === null || earlier >= 2) return false;
  if (earlier === 0) return isOverseerOf(account, level, standing) || (lowLevel && isStreet);
  return lowLevel ? isStreet : isOverseerOf(account, level, standing);
}

/** Nobody who dispatched, held, mediated or resolved the case may verify its resolution. */
const wasInvolved = (account: Account, record: CaseRecord): boolean =>
  record.resolution?.resolverId === account.personId ||
  [...record.dispatcherIds, ...record.handlerIds, ...record.mediatorIds].includes(account.personId);

/** How many working days a resolution may wait for its return visit before it may close. */
export const visitWaitingDays = 7;

/** Whether the latest resolution's return visit was unsatisfied: only the street may overrule. */
export const unsatisfiedOnLatest = (record: CaseRecord): boolean =>
  record.resolution !== undefined &&
  record.unsatisfiedResolutions.includes(record.resolution.number);

function mayClose(
  account: Account,
  standing: CaseStanding,
  record: CaseRecord,
  now: Date,
): boolean {
  if (!record.verified || !isStaffAtOrAbove(account, standing.level, standing)) return false;
  if (unsatisfiedOnLatest(record)) return isStaffAt(account, 'street', standing);
  if ((record.returnVisits ?? []).length > 0) return true;
  const resolvedAt = record.resolution?.resolvedAt;
  // Weekdays only: the deployment's holidays are the server's to know, and it says so.
  return (
    resolvedAt !== null &&
    resolvedAt !== undefined &&
    workingDaysBetween(new Date(resolvedAt), now) > visitWaitingDays
  );
}

/** The steps this person may take on the case now, in the order the buttons appear. */
export function availableActions(
  account: Account,
  standing: CaseStanding,
  now: Date = new Date(),
): CaseAction[] {
  if (account.role === 'auditor' || !reaches(account, standing)) return [];
  const { record, status, level } = standing;
  const active = activeStatuses.includes(status);
  const resolved = status === 'resolved';
  const staff = isStaffAtLevel(account, standing);
  const isAssignee = standing.assigneeId !== null && standing.assigneeId === account.personId;
  const owed = owedReports(record);
  const ownDepartment = (departmentId: string) =>
    isAdmin(account) ||
    (account.role === 'department_liaison' && account.scope.id === departmentId);
  const allowed: Record<CaseAction, boolean> = {
    assign: active && staff,
    accept: status === 'assigned' && isAssignee,
    mediate: active && standing.kind === 'dispute' && (staff || isAssignee),
    summon: active && staff,
    report:
      status !== 'closed' && owed.some(({ department }) => ownDepartment(department.departmentId)),
    withdrawSummons:
      active &&
      owed.some(({ summons }) => isStaffAt(account, summons.level ?? level, standing) || staff),
    escalate: active && staff && level !== 'department',
    returnDown: active && staff && level !== 'grid',
    reassessRisk: active && staff,
    extendDeadline: active && record !== undefined && mayExtend(account, standing, record),
    resolve: active && owed.length === 0 && (staff || (isAssignee && status === 'in_progress')),
    verify:
      resolved &&
      record !== undefined &&
      isFieldStaff(account) &&
      !record.verified &&
      !wasInvolved(account, record),
    returnVisit:
      resolved &&
      record !== undefined &&
      isFieldStaff(account) &&
      record.resolution?.resolverId !== account.personId,
    reopen: resolved && isStaffAtOrAbove(account, level, standing),
    close: resolved && record !== undefined && mayClose(account, standing, record, now),
    note: true,
  };
  return caseActions.filter((action) => allowed[action]);
}

function isStaffAtLevel(account: Account, standing: CaseStanding): boolean {
  return isStaffAt(account, standing.level, standing);
}

/** The rung above, where an escalation goes (null at the top). */
export const levelAbove = (level: Level): Exclude<Level, 'grid'> | null =>
  (ladder[ladder.indexOf(level) + 1] as Exclude<Level, 'grid'> | undefined) ?? null;

/** The rung below, where a case is sent back to (null at the grid). */
export const levelBelow = (level: Level): Exclude<Level, 'department'> | null =>
  level === 'grid' ? null : (ladder[ladder.indexOf(level) - 1] as Exclude<Level, 'department'>);
