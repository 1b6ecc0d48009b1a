import type { Account } from '../../common/session/account.ts';
import { availableActions, type CaseAction, type CaseStanding } from '../availableActions.ts';

// A row keeps to the steps that move a case along; notes, risk, extensions, withdrawals and
// reopening are on the case page, one click away.
const rowActions: ReadonlySet<CaseAction> = new Set<CaseAction>([
  'assign',
  'accept',
  'mediate',
  'summon',
  'report',
  'escalate',
  'returnDown',
  'resolve',
  'verify',
  'returnVisit',
  'close',
]);

/** The buttons a list row shows for this person. */
export const actionsOnRow = (account: Account, standing: CaseStanding): CaseAction[] =>
  availableActions(account, standing).filter((action) => rowActions.has(action));
