import type { CaseEvent, Level } from '@gridline/events';
import {
  describeActor,
  isFieldStaff,
  isStaffAt,
  isStaffAtOrAbove,
  staffAtLevelInWords,
} from './caseAccess.ts';
import type { CloseCase, RecordReturnVisit, ReopenCase } from './caseCommands.ts';
import {
  deadlineAt,
  defaultCloseAfterDaysWithoutVisit,
  type CaseDecisionContext,
} from './caseDecisionContext.ts';
import { hasUnsatisfiedVisit, type ExistingCase, type Resolved } from './caseState.ts';
import { refuseActor } from './caseGuards.ts';
import { forbidden, illegalState, invalid } from './domainError.ts';

// 回访, 重新办理, 归档: after a resolution, residents are asked; an unsatisfied answer
// or new facts send the case back to work, a verified and accepted one is archived.

/** The reopen that moves a case off the grid and community to the street. */
export const reopensBeforeStreet = 3;

function requireResolved(state: ExistingCase, step: string): Resolved {
  if (state.status === 'resolved') return state;
  throw illegalState(`Case ${state.caseId} is ${state.status}: it cannot ${step} until resolved`);
}

export function decideReturnVisit(
  { caseId, actor, payload }: RecordReturnVisit,
  state: ExistingCase,
): CaseEvent[] {
  if (!isFieldStaff(actor)) {
    throw forbidden(`${describeActor(actor)} may not record a return visit on case ${caseId}`);
  }
  const resolved = requireResolved(state, 'have a return visit');
  if (resolved.resolution.resolverId === actor.personId) {
    throw forbidden(
      `${actor.personId} resolved case ${caseId}: the return visit must be made by someone else`,
    );
  }
  return [
    {
      type: 'ReturnVisitRecorded',
      data: {
        caseId,
        ...payload,
        resolutionNumber: resolved.resolution.number,
        visitorId: actor.personId,
      },
    },
  ];
}

/** Where a reopened case goes: back where it was resolved, or the street at the third reopen. */
const reopenLevel = (resolved: Resolved): Level => {
  const { level } = resolved.resolution;
  const lowLevel = level === 'grid' || level === 'community';
  return lowLevel && resolved.reopenCount + 1 >= reopensBeforeStreet ? 'street' : level;
};

export function decideReopen(
  { caseId, actor, payload, now }: ReopenCase,
  state: ExistingCase,
  context: CaseDecisionContext,
): CaseEvent[] {
  if (!isStaffAtOrAbove(actor, state.level, state)) {
    refuseActor(actor, 'reopen', state, `${staffAtLevelInWords[state.level]} or staff above`);
  }
  const resolved = requireResolved(state, 'be reopened');
  const { trigger, reason } = payload;
  if (trigger === 'return_visit_unsatisfied' && !hasUnsatisfiedVisit(resolved)) {
    throw invalid(`Case ${caseId} has no unsatisfied return visit to reopen it for`);
  }
  const level = reopenLevel(resolved);
  const deadline = deadlineAt(level, resolved.riskLevel, now, context);
  return [{ type: 'CaseReopened', data: { caseId, level, trigger, reason, deadline } }];
}

export function decideClose(
  { caseId, actor, payload, now }: CloseCase,
  state: ExistingCase,
  context: CaseDecisionContext,
): CaseEvent[] {
  if (!isStaffAtOrAbove(actor, state.level, state)) {
    refuseActor(actor, 'close', state, `${staffAtLevelInWords[state.level]} or staff above`);
  }
  const resolved = requireResolved(state, 'be closed');
  if (!resolved.verified) {
    throw illegalState(`Case ${caseId} cannot close before its resolution is verified`);
  }
  const note = payload.note === undefined ? {} : { note: payload.note };
  const { overruleReason } = payload;
  if (hasUnsatisfiedVisit(resolved)) {
    if (overruleReason === undefined) {
      throw illegalState(
        `Case ${caseId} cannot close after an unsatisfied return visit: reopen it, ` +
          'or a street supervisor closes it with an overruleReason',
      );
    }
    if (!isStaffAt(actor, 'street', resolved)) {
      refuseActor(actor, 'overrule an unsatisfied visit on', resolved, "the street's supervisor");
    }
    return [
      {
        type: 'CaseClosed',
        data: { caseId, basis: 'overruled_by_street', reason: overruleReason, ...note },
      },
    ];
  }
  if (overruleReason !== undefined) {
    throw invalid(`overruleReason: case ${caseId} has no unsatisfied return visit to overrule`);
  }
  if (resolved.returnVisits.length > 0) {
    return [{ type: 'CaseClosed', data: { caseId, basis: 'satisfied_return_visit', ...note } }];
  }
  requireVisitWindowPassed(resolved, now, context);
  return [{ type: 'CaseClosed', data: { caseId, basis: 'no_return_visit_in_time', ...note } }];
}

function requireVisitWindowPassed(
  { caseId, resolution }: Resolved,
  now: Date,
  { calendar, closeAfterDaysWithoutVisit = defaultCloseAfterDaysWithoutVisit }: CaseDecisionContext,
): void {
  if (resolution.resolvedAt === null) {
    throw illegalState(
      `Case ${caseId} has no return visit and its resolution time is unknown (fold it with metadata)`,
    );
  }
  const windowEnds = calendar.addWorkingDays(
    new Date(resolution.resolvedAt),
    closeAfterDaysWithoutVisit,
  );
  if (now.getTime() <= windowEnds.getTime()) {
    throw illegalState(
      `Case ${caseId} awaits a return visit until ${windowEnds.toISOString()}: ` +
        `it may close without one after ${closeAfterDaysWithoutVisit} working days`,
    );
  }
}
