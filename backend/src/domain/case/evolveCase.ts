import type { CaseEvent } from '@gridline/events';
import { atLevel, hasMissed, including, openedFacts, summonsOf, withReport } from './caseFacts.ts';
import {
  currentAssignment,
  factsOf,
  isActive,
  noCase,
  type CaseState,
  type PersonId,
  type Timestamp,
} from './caseState.ts';

/**
 * A case event, optionally with the parts of its stored metadata the rules need: who
 * resolved the case (the four-eyes check) and when (closing without a return visit).
 * CaseResolved's data names neither, so fold stored events with their metadata.
 */
export type RecordedCaseEvent = CaseEvent & {
  readonly metadata?: {
    readonly actor?: { readonly personId: PersonId };
    readonly recordedAt?: Timestamp;
  };
};

/**
 * The state after one more event. Never throws: the log is the record, and replaying it
 * must always succeed. An event is trusted where it can apply and ignored where it
 * cannot (anything before the case exists, a second opening, routing on a settled case,
 * a verification with no resolution); decideCase keeps such events out of the log.
 */
export function evolveCase(state: CaseState, event: RecordedCaseEvent): CaseState {
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
    case 'DeadlineExtended': {
      const { deadline } = state;
      if (!deadline || deadline.level !== event.data.level) return state;
      return { ...state, deadline: { ...deadline, due: event.data.newDeadline } };
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
    case 'CaseResolved': {
      if (!isActive(state)) return state;
      const resolverId = event.metadata?.actor?.personId ?? null;
      return {
        ...factsOf(state),
        status: 'resolved',
        level: event.data.level,
        deadline: null,
        handlerIds: resolverId ? including(state.handlerIds, resolverId) : state.handlerIds,
        resolution: {
          level: event.data.level,
          outcome: event.data.outcome,
          resolverId,
          resolvedAt: event.metadata?.recordedAt ?? null,
        },
        assignment: currentAssignment(state),
        verified: false,
        latestReturnVisit: null,
      };
    }
    case 'ResolutionVerified':
      return state.status === 'resolved' ? { ...state, verified: true } : state;
    case 'ReturnVisitRecorded':
      if (state.status !== 'resolved') return state;
      return {
        ...state,
        latestReturnVisit: {
          rating: event.data.rating,
          recordedAt: event.metadata?.recordedAt ?? null,
        },
      };
    case 'CaseReopened': {
      if (state.status !== 'resolved') return state;
      const facts = {
        ...atLevel(state, event.data.level, event.data.deadline),
        reopenCount: state.reopenCount + 1,
      };
      return state.assignment
        ? { ...facts, status: 'in_progress', assignment: state.assignment }
        : { ...facts, status: 'awaiting_dispatch' };
    }
    case 'CaseClosed':
      if (state.status !== 'resolved') return state;
      return {
        ...factsOf(state),
        status: 'closed',
        resolution: state.resolution,
        latestReturnVisit: state.latestReturnVisit,
        basis: event.data.basis,
      };
    // A mediation, whatever its outcome, leaves the case where it is: staff decide next.
    case 'MediationRecorded':
    case 'CaseNoteAdded':
    case 'PersonalDataRevealed':
      return state;
    default: {
      // An event type this code does not know yet is skipped, not fatal, when replaying.
      const _unknown: never = event;
      return state;
    }
  }
}

/** The state after a whole stream, oldest event first. */
export const foldCase = (events: Iterable<RecordedCaseEvent>): CaseState => {
  let state: CaseState = noCase;
  for (const event of events) state = evolveCase(state, event);
  return state;
};
