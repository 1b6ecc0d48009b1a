import type { Actor, Level } from '@gridline/events';
import { describeActor, isStaffAt, staffAtLevelInWords } from './caseAccess.ts';
import { isActive, type ActiveCase, type ExistingCase } from './caseState.ts';
import { forbidden, illegalState } from './domainError.ts';

// Refusals shared by several commands, worded so the message names what is wrong.

/** Only a case still being worked (not resolved, not closed) can take this step. */
export function requireActive(state: ExistingCase, step: string): ActiveCase {
  if (isActive(state)) return state;
  throw illegalState(`Case ${state.caseId} is ${state.status}: it cannot ${step}`);
}

export function requireStaffAt(
  actor: Actor,
  level: Level,
  state: ExistingCase,
  step: string,
): void {
  if (isStaffAt(actor, level, state)) return;
  throw forbidden(
    `${describeActor(actor)} may not ${step} case ${state.caseId}: ` +
      `at the ${level} level only ${staffAtLevelInWords[level]} may`,
  );
}

export function refuseActor(actor: Actor, step: string, state: ExistingCase, who: string): never {
  throw forbidden(`${describeActor(actor)} may not ${step} case ${state.caseId}: only ${who} may`);
}
