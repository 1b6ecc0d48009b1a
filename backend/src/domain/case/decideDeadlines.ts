import type { CaseEvent } from '@gridline/events';
import { deadlineFor } from '../deadlines/index.ts';
import { describeActor, isOverseerOf, isStaffAt } from './caseAccess.ts';
import type { ExtendDeadline, RecordDeadlineMissed } from './caseCommands.ts';
import type { CaseDecisionContext } from './caseDecisionContext.ts';
import { sameInstant, type ExistingCase } from './caseState.ts';
import { requireActive } from './caseGuards.ts';
import { forbidden, illegalState, invalid } from './domainError.ts';
import { hasMissed } from './caseFacts.ts';

// 限时办结: the deadline in force can be moved only by the level above, once per level and
// by no more than the level's own period; a further extension is the street's call (the
// district's at street and department level). The deadline process records each (level,
// deadline) it sees pass, exactly once.

/** One extension by the level above, one more by the street (the district at the top). */
export const maxExtensionsPerLevel = 2;

const overseerInWords = {
  grid: "the community's staff",
  community: "the street's supervisor",
  street: 'a district admin',
  department: 'a district admin',
} as const;

const furtherExtensionInWords = {
  grid: "the street's supervisor",
  community: "the street's supervisor",
  street: 'a district admin',
  department: 'a district admin',
} as const;

export function decideExtendDeadline(
  { caseId, actor, payload, now }: ExtendDeadline,
  state: ExistingCase,
  { policy, calendar }: CaseDecisionContext,
): CaseEvent[] {
  const { level } = state;
  const earlier = state.extensionsByLevel[level] ?? 0;
  const isStreet = isStaffAt(actor, 'street', state);
  const lowLevel = level === 'grid' || level === 'community';
  // The street may grant what the level above may: it oversees both lower levels.
  if (earlier === 0 && !isOverseerOf(actor, level, state) && !(lowLevel && isStreet)) {
    throw forbidden(
      `${describeActor(actor)} may not extend the deadline of case ${caseId}: ` +
        `at the ${level} level only ${overseerInWords[level]} may`,
    );
  }
  const mayExtendAgain = lowLevel ? isStreet : isOverseerOf(actor, level, state);
  if (earlier > 0 && !mayExtendAgain) {
    throw forbidden(
      `${describeActor(actor)} may not extend the deadline of case ${caseId} again: it was ` +
        `extended at the ${level} level already, and a further extension is for ` +
        `${furtherExtensionInWords[level]}`,
    );
  }
  const active = requireActive(state, 'have its deadline extended');
  if (earlier >= maxExtensionsPerLevel) {
    throw illegalState(
      `Case ${caseId} was extended ${earlier} times at the ${level} level, the most there is: ` +
        'resolve it, escalate it or send it back',
    );
  }
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
  // The level's own period, as a medium-risk case gets it, counted from the deadline in force.
  const longest = deadlineFor(
    { level, riskLevel: 'medium', from: new Date(deadline.due) },
    policy,
    calendar,
  );
  if (newDeadline.getTime() > longest.getTime()) {
    throw invalid(
      `The new deadline ${payload.newDeadline} extends by more than the ${level} level's ` +
        `period of ${policy.workingDays[level]} working days: the latest allowed is ${longest.toISOString()}`,
    );
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
