import { sendCaseCommand, type CaseCommandTarget } from './sendCaseCommand.ts';

/** POST /api/cases/:id/accept — the assignee takes the case (接单). */
export const acceptCase = (target: CaseCommandTarget) => sendCaseCommand('accept', target, {});
