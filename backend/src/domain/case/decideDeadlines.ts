import type { CaseEvent } from '@gridline/events';
import { describeActor, isOverseerOf } from './caseAccess.ts';
import type { ExtendDeadline, RecordDeadlineMissed } from './caseCommands.ts';
import { sameInstant, type ExistingCase } from './caseState.ts';
import { requireActive } from './caseGuards.ts';
import { forbidden, illegalState, invalid } from './domainError.ts';
import { hasMissed } from './caseFacts.ts';

// 限时办结: the deadline in force can be moved only by the level above, and only later;
// the deadline process records each (level, deadline) it sees pass, exactly once.

const overseerInWords = {
  grid: "the community's staff",
  community: "the street's supervisor",
  street: 'a district admin',
  department: 'a district admin',
} as const;

export function decideExtendDeadline(
  { caseId, actor, payload, now }: ExtendDeadline,
  state: ExistingCase,
): CaseEvent[] {
  const { level } = state;
  if (!isOverseerOf(actor, level, state)) {
    throw forbidden(
      `${describeActor(actor)} may not extend the deadline of case ${caseId}: ` +
        `at the ${level} level only ${overseerInWords[level]} may`,
    );
  }
  const active = requireActive(state, 'have its deadline extended');
  const { deadline } = active;
  if (!deadline) throw illegalState(`Case ${caseId} has no deadline in force to extend`);
  const newDeadline = new Date(payload.newDeadline);
  if (newDeadline.getTime() <= new Date(deadline.due).getTime()) {
    throw invalid(
      `The new deadline ${payload.newDeadline} must be later than the one in force, ${deadline.due}`,
    );
  }
  if (newDeadline.getTime() <= now.getTime()) {
    throw invalid(`The new deadline ${payload.newDeadline} is already past`);
  }
  return [
    {
      type: 'DeadlineExtended',
      data: {
        caseId,
        level,
        previousDeadline: deadline.due,
        newDeadline: newDeadline.toISOString(),
        reason: payload.reason,
      },
    },
  ];
}

export function decideDeadlineMissed(
  { caseId, payload, now }: RecordDeadlineMissed,
  state: ExistingCase,
): CaseEvent[] {
  const active = requireActive(state, 'miss a deadline');
  const { level, deadline } = payload;
  if (hasMissed(active, level, deadline)) {
    throw illegalState(
      `Case ${caseId} already has its ${level} deadline of ${deadline} recorded as missed`,
    );
  }
  const inForce = active.deadline;
  if (!inForce || inForce.level !== level || !sameInstant(inForce.due, deadline)) {
    const current = inForce ? `${inForce.level} ${inForce.due}` : 'none';
    throw illegalState(
      `The ${level} deadline ${deadline} is not the one in force on case ${caseId} (${current})`,
    );
  }
  if (now.getTime() <= new Date(inForce.due).getTime()) {
    throw illegalState(`Case ${caseId} is not overdue: its deadline ${inForce.due} has not passed`);
  }
  return [{ type: 'CaseDeadlineMissed', data: { caseId, level, deadline: inForce.due } }];
}
