import type { CaseEvent, EscalationReason, Level } from '@gridline/events';
import { levelAbove, levelBelow } from './caseAccess.ts';
import type { EscalateCase, ReturnCase } from './caseCommands.ts';
import { deadlineAt, type CaseDecisionContext } from './caseDecisionContext.ts';
import { hasMissed } from './caseFacts.ts';
import type { ActiveCase, ExistingCase } from './caseState.ts';
import { requireActive, requireStaffAt } from './caseGuards.ts';
import { forbidden, illegalState, invalid } from './domainError.ts';

// 上报 / 退单: a case moves one rung at a time, up with a reason, down with guidance,
// and gets the new level's deadline from the moment it arrives.

export function decideEscalate(
  { caseId, actor, payload, now, existingDepartmentIds }: EscalateCase,
  state: ExistingCase,
  context: CaseDecisionContext,
): CaseEvent[] {
  if (actor.role !== 'system') requireStaffAt(actor, state.level, state, 'escalate');
  const active = requireActive(state, 'be escalated');
  const fromLevel = active.level;
  const { toLevel, reason, explanation, departmentId } = payload;
  const next = levelAbove(fromLevel);
  if (fromLevel === 'department' || next === null) {
    throw invalid(`Case ${caseId} is at the department level: there is no level above it`);
  }
  // Auto-escalation stops at the street: from there on a miss is shown and people decide.
  if (actor.role === 'system' && fromLevel === 'street') {
    throw forbidden(
      `The deadline process escalates up to the street only: case ${caseId} is at the street level`,
    );
  }
  if (toLevel !== next) {
    throw invalid(
      `Escalation skips no level: case ${caseId} is at the ${fromLevel} level, ` +
        `so it goes to the ${next} level, not the ${toLevel} level`,
    );
  }
  if (toLevel === 'department') {
    if (departmentId === undefined) {
      throw invalid(`Escalating case ${caseId} to the department level needs a departmentId`);
    }
    if (!existingDepartmentIds.includes(departmentId)) {
      throw invalid(`Department ${departmentId} does not exist`);
    }
  } else if (departmentId !== undefined) {
    throw invalid(`A departmentId is only named when escalating to the department level`);
  }
  requireReasonOnRecord(reason, active);
  return [
    {
      type: 'CaseEscalated',
      data: {
        caseId,
        fromLevel,
        toLevel,
        reason,
        deadline: deadlineAt(toLevel, active.riskLevel, now, context),
        ...(explanation === undefined ? {} : { explanation }),
        ...(departmentId === undefined ? {} : { departmentId }),
      },
    },
  ];
}

export function decideReturn(
  { caseId, actor, payload, now }: ReturnCase,
  state: ExistingCase,
  context: CaseDecisionContext,
): CaseEvent[] {
  requireStaffAt(actor, state.level, state, 'return');
  const active = requireActive(state, 'be returned');
  const fromLevel = active.level;
  const below = levelBelow(fromLevel);
  if (fromLevel === 'grid' || below === null) {
    throw invalid(`Case ${caseId} is at the grid level: there is no level below it`);
  }
  const { toLevel, reason, guidance } = payload;
  if (toLevel !== below) {
    throw invalid(
      `A case goes back one level at a time: case ${caseId} is at the ${fromLevel} level, ` +
        `so it returns to the ${below} level, not the ${toLevel} level`,
    );
  }
  return [
    {
      type: 'CaseReturned',
      data: {
        caseId,
        fromLevel,
        toLevel,
        reason,
        guidance,
        deadline: deadlineAt(toLevel, active.riskLevel, now, context),
      },
    },
  ];
}

const reasonsInWords: Record<EscalationReason, string> = {
  beyond_authority: 'beyond authority',
  mediation_failed: 'mediation failed',
  high_risk: 'high risk',
  overdue: 'overdue',
  resident_unsatisfied: 'resident unsatisfied',
};

/** Why the reason is not borne out by the case's record, or null when it is. */
function missingFact(reason: EscalationReason, state: ActiveCase): string | null {
  const here: Level = state.level;
  switch (reason) {
    case 'beyond_authority':
      return null;
    case 'mediation_failed':
      return state.failedMediationLevels.includes(here)
        ? null
        : `no mediation failed at the ${here} level`;
    case 'overdue':
      // The deadline in force must be the one missed: an extension or a new stay at the
      // level gives the case a clock it has not yet run out.
      return state.deadline?.level === here && hasMissed(state, here, state.deadline.due)
        ? null
        : `its deadline in force at the ${here} level was not missed`;
    case 'resident_unsatisfied':
      return state.unsatisfiedResolutions.includes(state.resolutionCount) &&
        state.resolutionCount > 0
        ? null
        : 'no return visit on its latest resolution was unsatisfied';
    case 'high_risk':
      return state.riskLevel === 'high' || state.riskLevel === 'critical'
        ? null
        : `it is assessed as ${state.riskLevel} risk (reassess it first)`;
    default: {
      const unknown: never = reason;
      throw new Error(`Unknown escalation reason ${String(unknown)}`);
    }
  }
}

// Reasons must match facts: the funnel and the overdue figures read them.
function requireReasonOnRecord(reason: EscalationReason, state: ActiveCase): void {
  const missing = missingFact(reason, state);
  if (missing === null) return;
  throw illegalState(
    `Case ${state.caseId} cannot be escalated as "${reasonsInWords[reason]}": ${missing}`,
  );
}
