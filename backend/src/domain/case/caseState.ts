import type {
  CasePlace,
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
}

export interface Summons {
  readonly summonsId: string;
  readonly urgent: boolean;
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
  readonly level: Level;
  readonly outcome: ResolutionOutcome;
  // Both come from the event's metadata, not its data: null when folded without it.
  readonly resolverId: PersonId | null;
  readonly resolvedAt: Timestamp | null;
}

export interface ReturnVisit {
  readonly rating: ReturnVisitRating;
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
  /** Null before the first dispatch and once resolved. */
  readonly deadline: DeadlineInForce | null;
  /** The latest deadline each level was given, before any extension. */
  readonly originalDeadlines: Partial<Record<Level, Timestamp>>;
  /** Everyone who ever dispatched or worked the case: none of them may verify it. */
  readonly dispatcherIds: readonly PersonId[];
  readonly handlerIds: readonly PersonId[];
  readonly summonses: readonly Summons[];
  readonly missedDeadlines: readonly MissedDeadline[];
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
  readonly verified: boolean;
  readonly latestReturnVisit: ReturnVisit | null;
}

export interface Closed extends CaseFacts {
  readonly status: 'closed';
  readonly resolution: Resolution;
  readonly latestReturnVisit: ReturnVisit | null;
  readonly basis: 'satisfied_return_visit' | 'no_return_visit_in_time';
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

/** 回访不满意: the console suggests reopening; staff decide. */
export const suggestsReopening = (state: CaseState): boolean =>
  state.status === 'resolved' && state.latestReturnVisit?.rating === 'unsatisfied';

// Picks the shared facts field by field, so that moving to another status never drags
// along fields of the old one (an assignment into awaiting_dispatch, say).
export const factsOf = (state: ExistingCase): CaseFacts => ({
  caseId: state.caseId,
  kind: state.kind,
  place: state.place,
  riskLevel: state.riskLevel,
  level: state.level,
  departmentId: state.departmentId,
  deadline: state.deadline,
  originalDeadlines: state.originalDeadlines,
  dispatcherIds: state.dispatcherIds,
  handlerIds: state.handlerIds,
  summonses: state.summonses,
  missedDeadlines: state.missedDeadlines,
  returnCount: state.returnCount,
  reopenCount: state.reopenCount,
});

/** Instants compare by time, never as strings: offsets may differ. */
export const sameInstant = (a: Timestamp, b: Timestamp): boolean =>
  new Date(a).getTime() === new Date(b).getTime();
