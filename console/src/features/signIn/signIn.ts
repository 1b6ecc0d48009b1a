import { apiRequest } from '../../common/api/apiRequest.ts';
import type { SessionAnswer } from '../../common/session/account.ts';

/** POST /api/session — sets the session cookie and returns the account and CSRF token. */
export const signIn = async (username: string, password: string): Promise<SessionAnswer> =>
  (
    await apiRequest<SessionAnswer>('/api/session', {
      method: 'POST',
      body: { username, password },
    })
  ).body;
