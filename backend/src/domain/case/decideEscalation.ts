import type { CaseEvent } from '@gridline/events';
import { levelAbove, levelBelow } from './caseAccess.ts';
import type { EscalateCase, ReturnCase } from './caseCommands.ts';
import { deadlineAt, type CaseDecisionContext } from './caseDecisionContext.ts';
import type { ExistingCase } from './caseState.ts';
import { requireActive, requireStaffAt } from './caseGuards.ts';
import { invalid } from './domainError.ts';

// 上报 / 退单: a case moves one rung at a time, up with a reason, down with guidance,
// and gets the new level's deadline from the moment it arrives.

export function decideEscalate(
  { caseId, actor, payload, now, existingDepartmentIds }: EscalateCase,
  state: ExistingCase,
  context: CaseDecisionContext,
): CaseEvent[] {
  requireStaffAt(actor, state.level, state, 'escalate');
  const active = requireActive(state, 'be escalated');
  const fromLevel = active.level;
  const { toLevel, reason, explanation, departmentId } = payload;
  const next = levelAbove(fromLevel);
  if (fromLevel === 'department' || next === null) {
    throw invalid(`Case ${caseId} is at the department level: there is no level above it`);
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
