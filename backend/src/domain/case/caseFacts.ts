import type {
  CaseResolved,
  DepartmentReported,
  DepartmentSummoned,
  DisputeLogged,
  IssueReported,
  Level,
  SummonedDepartment,
  SummonsWithdrawn,
} from '@gridline/events';
import {
  factsOf,
  sameInstant,
  type ActiveCase,
  type CaseFacts,
  type DeadlineInForce,
  type ExistingCase,
  type PersonId,
  type Resolution,
  type Resolved,
  type Summons,
  type SummonedDepartmentState,
  type Timestamp,
} from './caseState.ts';

// How single events change the facts every case carries; evolveCase decides the status.

export function openedFacts(
  event:
    { type: 'DisputeLogged'; data: DisputeLogged } | { type: 'IssueReported'; data: IssueReported },
): CaseFacts {
  const { level, deadline: due } = event.data;
  const deadline: DeadlineInForce | null = due === null ? null : { level, due, original: due };
  return {
    caseId: event.data.caseId,
    kind: event.type === 'DisputeLogged' ? 'dispute' : 'issue',
    place: event.data.place,
    riskLevel: event.data.riskLevel,
    level,
    departmentId: null,
    openedAtLevel: level,
    deadline,
    originalDeadlines: due === null ? {} : { [level]: due },
    extensionsByLevel: {},
    dispatcherIds: [],
    handlerIds: [],
    mediatorIds: [],
    summonses: [],
    missedDeadlines: [],
    failedMediationLevels: [],
    unsatisfiedResolutions: [],
    resolutionCount: 0,
    lastOccurredAt: null,
    returnCount: 0,
    reopenCount: 0,
  };
}

/**
 * The case is at `level` with `due` in force. A deadline already in force at that level
 * with the same instant (a re-dispatch keeps the clock) keeps its original.
 */
export function atLevel(state: ExistingCase, level: Level, due: Timestamp): CaseFacts {
  const kept = state.deadline;
  if (kept && kept.level === level && sameInstant(kept.due, due)) {
    return { ...factsOf(state), level };
  }
  const deadline: DeadlineInForce = { level, due, original: due };
  return {
    ...factsOf(state),
    level,
    deadline,
    originalDeadlines: { ...state.originalDeadlines, [level]: due },
  };
}

/**
 * A resolution undone (a failed check, a reopen): the case is worked again at `level` from
 * now, by whoever held it if it stays at their level. Four eyes start a new round: only
 * those who work towards the next resolution are kept from verifying it.
 */
export function backToWork(state: Resolved, level: Level, due: Timestamp | null): ActiveCase {
  const facts = due === null ? { ...factsOf(state), level } : atLevel(state, level, due);
  const sameLevel = level === state.resolution.level;
  const assignment = sameLevel ? state.assignment : null;
  const round = {
    dispatcherIds: assignment ? [assignment.dispatcherId] : [],
    handlerIds: assignment ? [assignment.assigneeId] : [],
    mediatorIds: [],
  };
  if (assignment) return { ...facts, ...round, status: 'in_progress', assignment };
  return {
    ...facts,
    ...round,
    status: 'awaiting_dispatch',
    departmentId: level === 'department' ? facts.departmentId : null,
  };
}

export function resolutionOf(
  facts: CaseFacts,
  data: CaseResolved,
  resolvedAt: Timestamp | null,
): Resolution {
  return {
    number: data.resolutionNumber ?? facts.resolutionCount + 1,
    level: data.level,
    outcome: data.outcome,
    resolverId: data.resolverId,
    resolvedAt,
  };
}

export const hasMissed = (facts: CaseFacts, level: Level, deadline: Timestamp): boolean =>
  facts.missedDeadlines.some(
    (missed) => missed.level === level && sameInstant(missed.deadline, deadline),
  );

export const including = (people: readonly PersonId[], person: PersonId): readonly PersonId[] =>
  people.includes(person) ? people : [...people, person];

const summonedAs =
  (role: SummonedDepartmentState['role']) =>
  ({ departmentId, reportBy }: SummonedDepartment): SummonedDepartmentState => ({
    departmentId,
    role,
    reportBy,
    reported: false,
    withdrawn: false,
  });

export const summonsOf = (data: DepartmentSummoned): Summons => ({
  summonsId: data.summonsId,
  urgent: data.urgent,
  level: data.level,
  departments: [summonedAs('lead')(data.lead), ...data.assisting.map(summonedAs('assisting'))],
});

const updatingDepartments = (
  summonses: readonly Summons[],
  summonsId: string,
  change: (department: SummonedDepartmentState) => SummonedDepartmentState,
): readonly Summons[] =>
  summonses.map((summons) =>
    summons.summonsId !== summonsId
      ? summons
      : { ...summons, departments: summons.departments.map(change) },
  );

export const withReport = (
  summonses: readonly Summons[],
  { summonsId, departmentId }: DepartmentReported,
): readonly Summons[] =>
  updatingDepartments(summonses, summonsId, (department) =>
    department.departmentId === departmentId ? { ...department, reported: true } : department,
  );

export const withWithdrawal = (
  summonses: readonly Summons[],
  { summonsId, departmentIds }: SummonsWithdrawn,
): readonly Summons[] =>
  updatingDepartments(summonses, summonsId, (department) =>
    departmentIds.includes(department.departmentId) && !department.reported
      ? { ...department, withdrawn: true }
      : department,
  );
