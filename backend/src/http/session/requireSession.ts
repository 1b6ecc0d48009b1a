import type { RequestHandler, Response } from 'express';
import { unauthenticated } from '../problems.ts';
import type { Account, AccountStore } from '../../accounts/accountStore.ts';
import type { Actor } from '../../accounts/actor.ts';
import { readSessionCookie } from './sessionCookie.ts';
import type { SessionStore } from '../../accounts/sessionStore.ts';

export interface SignedIn {
  readonly account: Account;
  readonly actor: Actor;
  readonly csrfToken: string;
  /** The cookie value, to end this session. */
  readonly token: string;
}

export interface RequireSessionDependencies {
  readonly accounts: AccountStore;
  readonly sessions: SessionStore;
}

const localsKey = 'gridlineSignedIn';

export const actorFor = (account: Account): Actor => ({
  personId: account.personId,
  role: account.role,
  scope: account.scope,
});

/** Lets the request through only with a live session of an enabled account; else 401. */
export const requireSession =
  ({ accounts, sessions }: RequireSessionDependencies): RequestHandler =>
  (req, res, next) => {
    const token = readSessionCookie(req);
    const session = token === undefined ? undefined : sessions.resume(token);
    const account = session && accounts.findById(session.accountId);
    if (token === undefined || !session || !account || account.disabled) throw unauthenticated();
    const signedIn: SignedIn = {
      account,
      actor: actorFor(account),
      csrfToken: session.csrfToken,
      token,
    };
    res.locals[localsKey] = signedIn;
    next();
  };

/** The session `requireSession` found. Calling it on a route without that guard is a bug. */
export const signedInOf = (res: Response): SignedIn => {
  const signedIn: unknown = res.locals[localsKey];
  if (typeof signedIn !== 'object' || signedIn === null) {
    throw new Error('signedInOf/actorOf used on a route that requireSession does not guard');
  }
  return signedIn as SignedIn;
};

export const actorOf = (res: Response): Actor => signedInOf(res).actor;
