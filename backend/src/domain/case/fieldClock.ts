import type { CaseCommand } from './caseCommands.ts';
import type { Timestamp } from './caseState.ts';
import { invalid } from './domainError.ts';

// Two clocks: the field worker's (occurredAt, for work recorded later) and the server's
// (now). Deadlines and figures use the server's; the field clock is shown, so it must not
// tell an impossible story: before the case's previous event, or in the future.

/** How far ahead of the server a field device's clock may run. */
export const allowedClockSkewMs = 5 * 60 * 1000;

export function checkFieldClock(command: CaseCommand, previous: Timestamp | null): void {
  const { occurredAt, now, type } = command;
  if (occurredAt.getTime() > now.getTime() + allowedClockSkewMs) {
    throw invalid(
      `occurredAt ${occurredAt.toISOString()} is after the server's clock ` +
        `(${now.toISOString()}, 5 minutes' skew allowed): ${type} cannot have happened yet`,
    );
  }
  if (previous !== null && occurredAt.getTime() < new Date(previous).getTime()) {
    throw invalid(
      `occurredAt ${occurredAt.toISOString()} is before the case's previous event ` +
        `(${previous}): ${type} cannot have happened earlier than what is already on record`,
    );
  }
}
