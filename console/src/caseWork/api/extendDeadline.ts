import { sendCaseCommand, type CaseCommandTarget } from './sendCaseCommand.ts';

export interface ExtendDeadlineBody {
  /** ISO 8601 instant, later than the deadline in force. */
  readonly newDeadline: string;
  readonly reason: string;
}

/** POST /api/cases/:id/deadline-extensions — move the deadline in force (延期). */
export const extendDeadline = (target: CaseCommandTarget, body: ExtendDeadlineBody) =>
  sendCaseCommand('deadline-extensions', target, body);
