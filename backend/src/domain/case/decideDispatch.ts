import type { CaseEvent, Level } from '@gridline/events';
import type { AcceptCase, AssignCase, StaffAssignmentRef } from './caseCommands.ts';
import { deadlineAt, type CaseDecisionContext } from './caseDecisionContext.ts';
import { currentAssignment, type CaseFacts, type ExistingCase } from './caseState.ts';
import { requireActive, requireStaffAt } from './caseGuards.ts';
import { forbidden, illegalState, invalid } from './domainError.ts';

// 派单 / 接单: staff at the case's level hand it to someone of that level, who takes it.

export function decideAssign(
  { caseId, actor, payload, now, assigneeAssignments }: AssignCase,
  state: ExistingCase,
  context: CaseDecisionContext,
): CaseEvent[] {
  requireStaffAt(actor, state.level, state, 'dispatch');
  const active = requireActive(state, 'be dispatched');
  const { level } = active;
  const { assigneeId, instructions } = payload;
  if (currentAssignment(active)?.assigneeId === assigneeId) {
    throw illegalState(`Case ${caseId} is already assigned to ${assigneeId}`);
  }
  const fits = assigneeAssignments.some(
    (assignment) => assignment.personId === assigneeId && belongsAt(assignment, level, active),
  );
  if (!fits) {
    throw invalid(
      `${assigneeId} cannot take case ${caseId} at the ${level} level: ` +
        `the assignee must be ${assigneesInWords(level, active)}`,
    );
  }
  // Handing the case to someone else at the same level does not restart its clock.
  const deadline =
    active.deadline?.level === level
      ? active.deadline.due
      : deadlineAt(level, active.riskLevel, now, context);
  return [
    {
      type: 'CaseAssigned',
      data: {
        caseId,
        level,
        assigneeId,
        dispatcherId: actor.personId,
        deadline,
        ...(instructions === undefined ? {} : { instructions }),
      },
    },
  ];
}

export function decideAccept({ caseId, actor }: AcceptCase, state: ExistingCase): CaseEvent[] {
  const active = requireActive(state, 'be accepted');
  const assignment = currentAssignment(active);
  if (!assignment) throw illegalState(`Case ${caseId} is not assigned to anyone yet`);
  if (assignment.assigneeId !== actor.personId) {
    throw forbidden(
      `${actor.personId} may not accept case ${caseId}: only its assignee ${assignment.assigneeId} may`,
    );
  }
  if (active.status === 'in_progress') {
    throw illegalState(`Case ${caseId} was already accepted by ${actor.personId}`);
  }
  return [{ type: 'CaseAccepted', data: { caseId, level: active.level } }];
}

function belongsAt({ role, scope }: StaffAssignmentRef, level: Level, facts: CaseFacts): boolean {
  const { place } = facts;
  switch (level) {
    case 'grid':
      return (
        (role === 'grid_worker' || role === 'grid_leader') &&
        scope.kind === 'grid' &&
        scope.id === place.gridId
      );
    case 'community':
      return (
        role === 'community_staff' && scope.kind === 'community' && scope.id === place.communityId
      );
    case 'street':
      return role === 'street_supervisor' && scope.kind === 'street' && scope.id === place.streetId;
    case 'department':
      return (
        role === 'department_liaison' &&
        scope.kind === 'department' &&
        scope.id === facts.departmentId
      );
    default: {
      const unknown: never = level;
      throw new Error(`Unknown level ${String(unknown)}`);
    }
  }
}

function assigneesInWords(level: Level, facts: CaseFacts): string {
  switch (level) {
    case 'grid':
      return `a grid worker or leader of grid ${facts.place.gridId}`;
    case 'community':
      return `community staff of community ${facts.place.communityId}`;
    case 'street':
      return `a street supervisor of street ${facts.place.streetId}`;
    case 'department':
      return `a liaison of department ${facts.departmentId ?? '(none)'}`;
    default: {
      const unknown: never = level;
      throw new Error(`Unknown level ${String(unknown)}`);
    }
  }
}
