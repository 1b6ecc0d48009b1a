import { sendCaseCommand, type CaseCommandTarget } from './sendCaseCommand.ts';

export interface CloseCaseBody {
  readonly note?: string;
  /** The street's reason to archive after an unsatisfied visit (诉求不合理 and the like). */
  readonly overruleReason?: string;
}

/** POST /api/cases/:id/close — archive the case (归档). */
export const closeCase = (target: CaseCommandTarget, body: CloseCaseBody) =>
  sendCaseCommand('close', target, body);
