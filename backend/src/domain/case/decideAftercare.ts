import type { CaseEvent } from '@gridline/events';
import {
  describeActor,
  isFieldStaff,
  isStaffAtOrAbove,
  staffAtLevelInWords,
} from './caseAccess.ts';
import type { CloseCase, RecordReturnVisit, ReopenCase } from './caseCommands.ts';
import {
  deadlineAt,
  defaultCloseAfterDaysWithoutVisit,
  type CaseDecisionContext,
} from './caseDecisionContext.ts';
import type { ExistingCase, Resolved } from './caseState.ts';
import { refuseActor } from './caseGuards.ts';
import { forbidden, illegalState, invalid } from './domainError.ts';

// 回访, 重新办理, 归档: after a resolution, residents are asked; an unsatisfied answer
// or new facts send the case back to work, a verified and accepted one is archived.

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
  requireResolved(state, 'have a return visit');
  return [{ type: 'ReturnVisitRecorded', data: { caseId, ...payload } }];
}

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
  if (
    trigger === 'return_visit_unsatisfied' &&
    resolved.latestReturnVisit?.rating !== 'unsatisfied'
  ) {
    throw invalid(`Case ${caseId} has no unsatisfied return visit to reopen it for`);
  }
  if (trigger === 'verification_failed' && resolved.verified) {
    throw invalid(`The resolution of case ${caseId} passed verification; it did not fail`);
  }
  const { level } = resolved.resolution;
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
  const rating = resolved.latestReturnVisit?.rating;
  switch (rating) {
    case 'satisfied':
    case 'basically_satisfied':
      return [{ type: 'CaseClosed', data: { caseId, basis: 'satisfied_return_visit', ...note } }];
    case 'unsatisfied':
      throw illegalState(
        `Case ${caseId} cannot close after an unsatisfied return visit: reopen it or visit again`,
      );
    case undefined:
      requireVisitWindowPassed(resolved, now, context);
      return [{ type: 'CaseClosed', data: { caseId, basis: 'no_return_visit_in_time', ...note } }];
    default: {
      const unknown: never = rating;
      throw new Error(`Unknown return visit rating ${String(unknown)}`);
    }
  }
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
