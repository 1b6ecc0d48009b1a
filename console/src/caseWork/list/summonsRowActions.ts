import type { SummonsItem } from '@gridline/projections';
import type { Account } from '../../common/session/account.ts';
import type { CaseAction } from '../availableActions.ts';

/**
 * The steps a summons row offers (the rest are on the case page): the summoned department's
 * liaison reports in while the report is owed; the street supervisor may call off what the
 * street summoned. Mirrors the server's rules for these two steps, as availableActions does.
 */
export function summonsRowActions(account: Account, item: SummonsItem): CaseAction[] {
  if (!item.open) return [];
  const ownDepartment =
    (account.role === 'department_liaison' &&
      account.scope.kind === 'department' &&
      account.scope.id === item.departmentId) ||
    (account.role === 'admin' && account.scope.kind === 'district');
  const streetSummoned =
    account.role === 'street_supervisor' &&
    account.scope.id === item.case.place.streetId &&
    item.summoningLevel === 'street';
  return [
    ...(ownDepartment ? (['report'] as const) : []),
    ...(streetSummoned ? (['withdrawSummons'] as const) : []),
  ];
}
