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

/**
 * The buttons a list row shows for this person. A row does not carry the case's summonses;
 * a list that knows some department still owes its report says so (`owesReports`), and the
 * row then offers no resolution, which the server would refuse.
 */
export const actionsOnRow = (
  account: Account,
  standing: CaseStanding,
  { owesReports = false }: { readonly owesReports?: boolean } = {},
): CaseAction[] =>
  availableActions(account, standing).filter(
    (action) => rowActions.has(action) && !(owesReports && action === 'resolve'),
  );
