import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { forbidden } from '../problems.ts';
import { signedInOf } from './requireSession.ts';

export const csrfHeaderName = 'X-CSRF-Token';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// Hashing first gives equal-length inputs, so the comparison's time says nothing about
// how much of a guess was right, nor how long the real token is.
const digest = (text: string): Buffer => createHash('sha256').update(text).digest();
const sameToken = (sent: string, expected: string): boolean =>
  timingSafeEqual(digest(sent), digest(expected));

/**
 * Requires the session's CSRF token in `X-CSRF-Token` on state-changing requests: a page
 * on another site can make the browser send our cookie, but cannot read the token.
 * Runs after `requireSession`.
 */
export const csrfGuard: RequestHandler = (req, res, next) => {
  if (!stateChanging.has(req.method)) return next();
  const sent = req.get(csrfHeaderName);
  if (sent === undefined || !sameToken(sent, signedInOf(res).csrfToken)) {
    throw forbidden(`Send the ${csrfHeaderName} header you got from GET /api/session.`);
  }
  next();
};
