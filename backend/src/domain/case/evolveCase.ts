import type { CaseEvent } from '@gridline/events';
import {
  atLevel,
  backToWork,
  hasMissed,
  including,
  openedFacts,
  resolutionOf,
  summonsOf,
  withReport,
  withWithdrawal,
} from './caseFacts.ts';
import {
  currentAssignment,
  factsOf,
  isActive,
  noCase,
  type CaseState,
  type ExistingCase,
  type PersonId,
  type Timestamp,
} from './caseState.ts';

/**
 * A case event, optionally with the parts of its stored envelope the rules need: when the
 * server recorded it (closing without a return visit), the field clock (the next event may
 * not claim to come before it) and who recorded a mediation (four eyes).
 */
export type RecordedCaseEvent = CaseEvent & {
  readonly metadata?: {
    readonly actor?: { readonly personId: PersonId };
    readonly recordedAt?: Timestamp;
    readonly occurredAt?: Timestamp;
  };
};

/**
 * The state after one more event. Never throws: the log is the record, and replaying it
 * must always succeed. An event is trusted where it can apply and ignored where it
 * cannot (anything before the case exists, a second opening, routing on a settled case,
 * a verification with no resolution); decideCase keeps such events out of the log.
 */
export function evolveCase(state: CaseState, event: RecordedCaseEvent): CaseState {
  const next = applyEvent(state, event);
  const occurredAt = fieldTimeOf(event);
  if (next.status === 'none' || occurredAt === undefined) return next;
  return { ...next, lastOccurredAt: occurredAt };
}

/**
 * When the event happened by the field clock, but never later than the server recorded
 * it: a device running a few minutes fast must not push everyone else's work "before" it.
 */
function fieldTimeOf({ metadata }: RecordedCaseEvent): Timestamp | undefined {
  const { occurredAt, recordedAt } = metadata ?? {};
  if (occurredAt === undefined || recordedAt === undefined) return occurredAt;
  return new Date(occurredAt).getTime() > new Date(recordedAt).getTime() ? recordedAt : occurredAt;
}

function applyEvent(state: CaseState, event: RecordedCaseEvent): CaseState {
  if (event.type === 'DisputeLogged' || event.type === 'IssueReported') {
    return state.status === 'none' ? { status: 'awaiting_dispatch', ...openedFacts(event) } : state;
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'CaseAssigned': {
      if (!isActive(state)) return state;
      const { assigneeId, dispatcherId } = event.data;
      const facts = atLevel(state, event.data.level, event.data.deadline);
      return {
        ...facts,
        status: 'assigned',
        assignment: { assigneeId, dispatcherId },
        dispatcherIds: including(facts.dispatcherIds, dispatcherId),
        handlerIds: including(facts.handlerIds, assigneeId),
      };
    }
    case 'CaseAccepted':
      return state.status === 'assigned' ? { ...state, status: 'in_progress' } : state;
    case 'MediationRecorded': {
      const recorder = event.metadata?.actor?.personId;
      return {
        ...state,
        mediatorIds: recorder ? including(state.mediatorIds, recorder) : state.mediatorIds,
        failedMediationLevels:
          event.data.outcome === 'failed' && !state.failedMediationLevels.includes(event.data.level)
            ? [...state.failedMediationLevels, event.data.level]
            : state.failedMediationLevels,
      };
    }
    case 'CaseEscalated':
      if (!isActive(state)) return state;
      return {
        ...atLevel(state, event.data.toLevel, event.data.deadline),
        status: 'awaiting_dispatch',
        departmentId: event.data.departmentId ?? null,
      };
    case 'CaseReturned':
      if (!isActive(state)) return state;
      return {
        ...atLevel(state, event.data.toLevel, event.data.deadline),
        status: 'awaiting_dispatch',
        departmentId: null,
        returnCount: state.returnCount + 1,
      };
    case 'CaseRiskReassessed':
      return { ...state, riskLevel: event.data.riskLevel };
    case 'DeadlineExtended': {
      const { deadline } = state;
      if (!deadline || deadline.level !== event.data.level) return state;
      const { level } = event.data;
      return {
        ...state,
        deadline: { ...deadline, due: event.data.newDeadline },
        extensionsByLevel: {
          ...state.extensionsByLevel,
          [level]: (state.extensionsByLevel[level] ?? 0) + 1,
        },
      };
    }
    case 'CaseDeadlineMissed':
      if (hasMissed(state, event.data.level, event.data.deadline)) return state;
      return {
        ...state,
        missedDeadlines: [
          ...state.missedDeadlines,
          { level: event.data.level, deadline: event.data.deadline },
        ],
      };
    case 'DepartmentSummoned':
      return { ...state, summonses: [...state.summonses, summonsOf(event.data)] };
    case 'DepartmentReported':
      return { ...state, summonses: withReport(state.summonses, event.data) };
    case 'SummonsWithdrawn':
      return { ...state, summonses: withWithdrawal(state.summonses, event.data) };
    case 'CaseResolved': {
      if (!isActive(state)) return state;
      const resolution = resolutionOf(state, event.data, event.metadata?.recordedAt ?? null);
      return {
        ...factsOf(state),
        status: 'resolved',
        level: event.data.level,
        deadline: null,
        resolutionCount: resolution.number,
        handlerIds: including(state.handlerIds, resolution.resolverId),
        resolution,
        assignment: currentAssignment(state),
        verified: false,
        returnVisits: [],
      };
    }
    case 'ResolutionVerified':
      if (state.status !== 'resolved') return state;
      if (event.data.outcome === 'confirmed') return { ...state, verified: true };
      return backToWork(state, state.resolution.level, event.data.deadline ?? null);
    case 'ReturnVisitRecorded':
      if (state.status !== 'resolved') return state;
      return withVisit(state, event.data, event.metadata?.recordedAt ?? null);
    case 'CaseReopened': {
      if (state.status !== 'resolved') return state;
      const reopened = backToWork(state, event.data.level, event.data.deadline);
      return { ...reopened, reopenCount: state.reopenCount + 1 };
    }
    case 'CaseClosed':
      if (state.status !== 'resolved') return state;
      return {
        ...factsOf(state),
        status: 'closed',
        resolution: state.resolution,
        returnVisits: state.returnVisits,
        basis: event.data.basis,
      };
    case 'CaseNoteAdded':
      return state;
    default: {
      // An event type this code does not know (or no longer keeps in a case stream, such
      // as a reveal recorded there before reveals had their own log) is skipped.
      const _unknown: never = event;
      return state;
    }
  }
}

function withVisit(
  state: Extract<ExistingCase, { status: 'resolved' }>,
  data: Extract<CaseEvent, { type: 'ReturnVisitRecorded' }>['data'],
  recordedAt: Timestamp | null,
): CaseState {
  const number = data.resolutionNumber ?? state.resolution.number;
  const unsatisfied =
    data.rating === 'unsatisfied' && !state.unsatisfiedResolutions.includes(number);
  return {
    ...state,
    unsatisfiedResolutions: unsatisfied
      ? [...state.unsatisfiedResolutions, number]
      : state.unsatisfiedResolutions,
    returnVisits: [
      ...state.returnVisits,
      { rating: data.rating, visitorId: data.visitorId, recordedAt },
    ],
  };
}

/** The state after a whole stream, oldest event first. */
export const foldCase = (events: Iterable<RecordedCaseEvent>): CaseState => {
  let state: CaseState = noCase;
  for (const event of events) state = evolveCase(state, event);
  return state;
};
