import type { CookieOptions, Request, Response } from 'express';

export const sessionCookieName = 'gridline_session';

// No Max-Age: the cookie dies with the browser (shared office computers), and the server
// enforces the idle and absolute limits whatever the browser keeps.
const options = (req: Request): CookieOptions => ({
  httpOnly: true,
  sameSite: 'strict',
  path: '/',
  // req.secure follows X-Forwarded-Proto only when the app sets `trust proxy`.
  secure: req.secure,
});

/** The session cookie's value, if the request carries one. */
export const readSessionCookie = (req: Request): string | undefined => {
  for (const pair of (req.get('cookie') ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator === -1 || pair.slice(0, separator).trim() !== sessionCookieName) continue;
    const value = pair.slice(separator + 1).trim();
    return value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  }
  return undefined;
};

export const setSessionCookie = (req: Request, res: Response, token: string): void => {
  res.cookie(sessionCookieName, token, options(req));
};

export const clearSessionCookie = (req: Request, res: Response): void => {
  res.clearCookie(sessionCookieName, options(req));
};
