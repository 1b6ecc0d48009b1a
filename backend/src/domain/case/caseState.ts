import type {
  CasePlace,
  ClosureBasis,
  Level,
  ResolutionOutcome,
  ReturnVisitRating,
  RiskLevel,
} from '@gridline/events';

// Where a case stands, folded from its stream's event data (see evolveCase.ts). Each
// status carries only what can be true in it: an assignment exists only while someone
// holds the case, a resolution only once it is settled.

export type PersonId = string;
/** An ISO 8601 instant with its offset, as the events spell it. */
export type Timestamp = string;
export type CaseKind = 'dispute' | 'issue';

export interface DeadlineInForce {
  readonly level: Level;
  readonly due: Timestamp;
  /** As set when the case reached the level; an extension moves `due` only (延期). */
  readonly original: Timestamp;
}

export interface SummonedDepartmentState {
  readonly departmentId: string;
  /** 主办 or 协办. */
  readonly role: 'lead' | 'assisting';
  readonly reportBy: Timestamp;
  readonly reported: boolean;
  /** The summoning level called it off before this department reported. */
  readonly withdrawn: boolean;
}

export interface Summons {
  readonly summonsId: string;
  readonly urgent: boolean;
  /** The level that summoned, and may withdraw it; null when recorded before it was kept. */
  readonly level: Level | null;
  readonly departments: readonly SummonedDepartmentState[];
}

export interface MissedDeadline {
  readonly level: Level;
  readonly deadline: Timestamp;
}

export interface Assignment {
  readonly assigneeId: PersonId;
  readonly dispatcherId: PersonId;
}

export interface Resolution {
  /** Counts from 1; a reopened or failed-check case is resolved again under the next one. */
  readonly number: number;
  readonly level: Level;
  readonly outcome: ResolutionOutcome;
  readonly resolverId: PersonId;
  /** The server's time of the resolution, from the envelope: null when folded without it. */
  readonly resolvedAt: Timestamp | null;
}

export interface ReturnVisit {
  readonly rating: ReturnVisitRating;
  readonly visitorId: PersonId;
  readonly recordedAt: Timestamp | null;
}

/** What every case carries, whatever its status. */
export interface CaseFacts {
  readonly caseId: string;
  readonly kind: CaseKind;
  readonly place: CasePlace;
  readonly riskLevel: RiskLevel;
  /** The rung of the ladder the case is on now. */
  readonly level: Level;
  /** The department holding the case while it is at the department level. */
  readonly departmentId: string | null;
  /** The level it opened at: the escalation funnel starts here. */
  readonly openedAtLevel: Level;
  /**
   * Runs from the moment the case entered its level. Null once resolved, and for a case
   * stored before the clock started at intake until its first dispatch.
   */
  readonly deadline: DeadlineInForce | null;
  /** The latest deadline each level was given, before any extension. */
  readonly originalDeadlines: Partial<Record<Level, Timestamp>>;
  /** Extensions granted at each level: one by the level above, more only by the street. */
  readonly extensionsByLevel: Partial<Record<Level, number>>;
  /**
   * Who dispatched, held or mediated the case on the way to its current (or next)
   * resolution: none of them may verify it. A reopen starts a new round with whoever
   * holds the case then.
   */
  readonly dispatcherIds: readonly PersonId[];
  readonly handlerIds: readonly PersonId[];
  readonly mediatorIds: readonly PersonId[];
  readonly summonses: readonly Summons[];
  readonly missedDeadlines: readonly MissedDeadline[];
  /** Levels where a mediation failed: escalating for `mediation_failed` needs one here. */
  readonly failedMediationLevels: readonly Level[];
  /** Resolutions a resident called unsatisfied (by number). */
  readonly unsatisfiedResolutions: readonly number[];
  /** How many times it has been resolved; the next resolution gets this plus one. */
  readonly resolutionCount: number;
  /** The field clock of the latest event: a new one may not claim to come before it. */
  readonly lastOccurredAt: Timestamp | null;
  readonly returnCount: number;
  readonly reopenCount: number;
}

export interface NoCase {
  readonly status: 'none';
}

/** Open at its level with nobody holding it: just logged, escalated, returned. */
export interface AwaitingDispatch extends CaseFacts {
  readonly status: 'awaiting_dispatch';
}

export interface Assigned extends CaseFacts {
  readonly status: 'assigned';
  readonly assignment: Assignment;
}

export interface InProgress extends CaseFacts {
  readonly status: 'in_progress';
  readonly assignment: Assignment;
}

export interface Resolved extends CaseFacts {
  readonly status: 'resolved';
  readonly resolution: Resolution;
  /** Who held the case when it was resolved; a reopened case goes back to them. */
  readonly assignment: Assignment | null;
  /** A failed check sends the case back to work, so a resolved case is pending or confirmed. */
  readonly verified: boolean;
  /** Every visit on this resolution, oldest first: a later one never replaces an earlier. */
  readonly returnVisits: readonly ReturnVisit[];
}

export interface Closed extends CaseFacts {
  readonly status: 'closed';
  readonly resolution: Resolution;
  readonly returnVisits: readonly ReturnVisit[];
  readonly basis: ClosureBasis;
}

export type ActiveCase = AwaitingDispatch | Assigned | InProgress;
export type ExistingCase = ActiveCase | Resolved | Closed;
export type CaseState = NoCase | ExistingCase;
export type CaseStatus = CaseState['status'];

export const noCase: NoCase = { status: 'none' };

export const isActive = (state: CaseState): state is ActiveCase =>
  state.status === 'awaiting_dispatch' ||
  state.status === 'assigned' ||
  state.status === 'in_progress';

/** The current assignment, if someone holds the case right now. */
export const currentAssignment = (state: CaseState): Assignment | null =>
  state.status === 'assigned' || state.status === 'in_progress' ? state.assignment : null;

/** Whether a resident called this resolution unsatisfied, whatever later visits said. */
export const hasUnsatisfiedVisit = (state: Resolved): boolean =>
  state.unsatisfiedResolutions.includes(state.resolution.number);

/** 回访不满意: the console suggests reopening; staff decide. */
export const suggestsReopening = (state: CaseState): boolean =>
  state.status === 'resolved' && hasUnsatisfiedVisit(state);

// Picks the shared facts field by field, so that moving to another status never drags
// along fields of the old one (an assignment into awaiting_dispatch, say).
export const factsOf = (state: ExistingCase): CaseFacts => ({
  caseId: state.caseId,
  kind: state.kind,
  place: state.place,
  riskLevel: state.riskLevel,
  level: state.level,
  departmentId: state.departmentId,
  openedAtLevel: state.openedAtLevel,
  deadline: state.deadline,
  originalDeadlines: state.originalDeadlines,
  extensionsByLevel: state.extensionsByLevel,
  dispatcherIds: state.dispatcherIds,
  handlerIds: state.handlerIds,
  mediatorIds: state.mediatorIds,
  summonses: state.summonses,
  missedDeadlines: state.missedDeadlines,
  failedMediationLevels: state.failedMediationLevels,
  unsatisfiedResolutions: state.unsatisfiedResolutions,
  resolutionCount: state.resolutionCount,
  lastOccurredAt: state.lastOccurredAt,
  returnCount: state.returnCount,
  reopenCount: state.reopenCount,
});

/** Departments summoned on the case that have neither reported nor been called off. */
export const outstandingSummons = (
  facts: CaseFacts,
): { summonsId: string; departmentId: string }[] =>
  facts.summonses.flatMap((summons) =>
    summons.departments
      .filter((department) => !department.reported && !department.withdrawn)
      .map(({ departmentId }) => ({ summonsId: summons.summonsId, departmentId })),
  );

/** Instants compare by time, never as strings: offsets may differ. */
export const sameInstant = (a: Timestamp, b: Timestamp): boolean =>
  new Date(a).getTime() === new Date(b).getTime();
