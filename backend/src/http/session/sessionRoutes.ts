import express, { Router, type RequestHandler } from 'express';
import * as z from 'zod';
import type { ResponseBody, sessionSchema } from '@gridline/projections';
import { HttpProblem, unauthenticated } from '../problems.ts';
import type { Account } from '../../accounts/accountStore.ts';
import { clientKey } from '../../accounts/clientAddress.ts';
import { csrfGuard } from './csrfGuard.ts';
import { jsonBodiesOnly } from '../jsonBodiesOnly.ts';
import { parseRequestBody } from '../parseRequestBody.ts';
import { requireSession, signedInOf, type RequireSessionDependencies } from './requireSession.ts';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './sessionCookie.ts';
import type { SignIn } from '../../accounts/signIn.ts';

export interface SessionRouteDependencies extends RequireSessionDependencies {
  readonly signIn: SignIn;
}

// No password policy here: sign-in must accept whatever was set; the cap bounds hashing work.
const credentialsSchema = z.strictObject({
  username: z.string().min(1).max(256),
  password: z.string().min(1).max(1024),
});

const wrongCredentials = 'The username or password is wrong.';

const throttledBecause = {
  client: 'Too many failed sign-ins from this address; try again later.',
  username: 'Too many failed sign-ins for this username; try again later.',
} as const;

const sessionView = (account: Account, csrfToken: string): ResponseBody<typeof sessionSchema> => ({
  account: {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    scope: account.scope,
    personId: account.personId,
  },
  csrfToken,
});

const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};

/**
 * `POST /session` signs in, `GET /session` says who is signed in, `DELETE /session`
 * signs out. Mount under `/api` before the routers that `requireSession` guards.
 */
export const sessionRoutes = (deps: SessionRouteDependencies): Router => {
  const signedIn = requireSession(deps);
  // Only JSON is parsed, so a cross-site HTML form cannot post credentials (login CSRF).
  const router = Router().use('/session', noStore, jsonBodiesOnly, express.json({ limit: '16kb' }));

  router.post('/session', async (req, res) => {
    const { username, password } = parseRequestBody(credentialsSchema, req.body);
    // req.ip is the proxy's client address only when GRIDLINE_TRUST_PROXY says to believe it.
    const result = await deps.signIn(username, password, clientKey(req.ip));
    if (result.outcome === 'throttled') {
      res.set('Retry-After', String(result.retryAfterSeconds));
      throw new HttpProblem(429, 'Too many requests', throttledBecause[result.throttled], {
        retryAfterSeconds: result.retryAfterSeconds,
      });
    }
    if (result.outcome === 'rejected') throw unauthenticated(wrongCredentials);
    // A fresh session id on every sign-in: a planted cookie (session fixation) is worthless.
    const previous = readSessionCookie(req);
    if (previous !== undefined) deps.sessions.end(previous);
    const session = deps.sessions.start(result.account.id);
    setSessionCookie(req, res, session.token);
    res.json(sessionView(result.account, session.csrfToken));
  });

  router.get('/session', signedIn, (_req, res) => {
    const { account, csrfToken } = signedInOf(res);
    res.json(sessionView(account, csrfToken));
  });

  router.delete('/session', signedIn, csrfGuard, (req, res) => {
    deps.sessions.end(signedInOf(res).token);
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  return router;
};
