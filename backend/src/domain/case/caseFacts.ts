import type {
  DepartmentReported,
  DepartmentSummoned,
  DisputeLogged,
  IssueReported,
  Level,
  SummonedDepartment,
} from '@gridline/events';
import {
  factsOf,
  sameInstant,
  type CaseFacts,
  type DeadlineInForce,
  type ExistingCase,
  type PersonId,
  type Summons,
  type SummonedDepartmentState,
  type Timestamp,
} from './caseState.ts';

// How single events change the facts every case carries; evolveCase decides the status.

export function openedFacts(
  event:
    { type: 'DisputeLogged'; data: DisputeLogged } | { type: 'IssueReported'; data: IssueReported },
): CaseFacts {
  return {
    caseId: event.data.caseId,
    kind: event.type === 'DisputeLogged' ? 'dispute' : 'issue',
    place: event.data.place,
    riskLevel: event.data.riskLevel,
    level: 'grid',
    departmentId: null,
    deadline: null,
    originalDeadlines: {},
    dispatcherIds: [],
    handlerIds: [],
    summonses: [],
    missedDeadlines: [],
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
  });

export const summonsOf = (data: DepartmentSummoned): Summons => ({
  summonsId: data.summonsId,
  urgent: data.urgent,
  departments: [summonedAs('lead')(data.lead), ...data.assisting.map(summonedAs('assisting'))],
});

export const withReport = (
  summonses: readonly Summons[],
  { summonsId, departmentId }: DepartmentReported,
): readonly Summons[] =>
  summonses.map((summons) =>
    summons.summonsId !== summonsId
      ? summons
      : {
          ...summons,
          departments: summons.departments.map((department) =>
            department.departmentId === departmentId
              ? { ...department, reported: true }
              : department,
          ),
        },
  );
