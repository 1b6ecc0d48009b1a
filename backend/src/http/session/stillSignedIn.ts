import type { Response } from 'express';
import type { Accounts } from '../../accounts/openAccounts.ts';
import type { OrganisationDirectoryReader } from '../../application/organisationDirectoryReader.ts';
import { holdsCurrentAssignment } from '../requireCurrentAssignment.ts';
import { signedInOf } from './requireSession.ts';

/**
 * For a response that outlives its request (a live stream): whether what let the request
 * in still holds — the session (not marked used, so an open stream does not keep an idle
 * session alive), the account, and the role in the organisation record.
 */
export const stillSignedIn =
  (accounts: Pick<Accounts, 'accounts' | 'sessions'>, directory: OrganisationDirectoryReader) =>
  async (res: Response): Promise<boolean> => {
    const { token, account, actor } = signedInOf(res);
    if (!accounts.sessions.isLive(token)) return false;
    if (accounts.accounts.findById(account.id)?.disabled !== false) return false;
    return holdsCurrentAssignment(directory, actor);
  };
