import { sendCaseCommand, type CaseCommandTarget } from './sendCaseCommand.ts';

export interface AssignCaseBody {
  readonly assigneeId: string;
  readonly instructions?: string;
}

/** POST /api/cases/:id/assign — dispatch to a person at the case's level (派单). */
export const assignCase = (target: CaseCommandTarget, body: AssignCaseBody) =>
  sendCaseCommand('assign', target, body);
