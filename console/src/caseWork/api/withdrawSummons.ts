import { sendCaseCommand, type CaseCommandTarget } from './sendCaseCommand.ts';

export interface WithdrawSummonsBody {
  readonly summonsId: string;
  readonly reason: string;
}

/** POST /api/cases/:id/summons-withdrawals — call off what a summons still owes (撤回吹哨). */
export const withdrawSummons = (target: CaseCommandTarget, body: WithdrawSummonsBody) =>
  sendCaseCommand('summons-withdrawals', target, body);
