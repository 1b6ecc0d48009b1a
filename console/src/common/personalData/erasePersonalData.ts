import type { Account } from '../session/account.ts';
import { apiRequest } from '../api/apiRequest.ts';

/** One resident as the erasure names them: a dispute's party by position, or the reporter. */
export type ErasableResident = `parties[${number}]` | 'reporter';

/**
 * Who the server lets erase (the same rule, checked there): the district's admin, or the
 * street supervisor of the case's street. The button is only offered to them.
 */
export const mayErase = (account: Account, caseStreetId: string): boolean =>
  account.role === 'admin' ||
  (account.role === 'street_supervisor' &&
    account.scope.kind === 'street' &&
    account.scope.id === caseStreetId);

/** POST /api/cases/:id/personal-data-erasures for one resident, with the reason. */
export const erasePersonalData = async (
  caseId: string,
  residents: ErasableResident,
  reason: string,
): Promise<void> => {
  await apiRequest(`/api/cases/${encodeURIComponent(caseId)}/personal-data-erasures`, {
    method: 'POST',
    body: { reason, residents },
    headers: { 'Idempotency-Key': crypto.randomUUID() },
  });
};
