import { sendCaseCommand, type CaseCommandTarget } from './sendCaseCommand.ts';

export interface ReopenCaseBody {
  readonly trigger: 'return_visit_unsatisfied' | 'new_information';
  readonly reason: string;
}

/** POST /api/cases/:id/reopen — back to work where it was resolved (重新办理). */
export const reopenCase = (target: CaseCommandTarget, body: ReopenCaseBody) =>
  sendCaseCommand('reopen', target, body);
