import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { csrfGuard } from '@gridline/backend/http/session/csrfGuard.ts';
import {
  openAccounts,
  type Accounts,
  type AccountsOptions,
} from '@gridline/backend/accounts/openAccounts.ts';
import { actorOf, requireSession } from '@gridline/backend/http/session/requireSession.ts';
import { securityHeaders } from '@gridline/backend/http/securityHeaders.ts';
import { sessionRoutes } from '@gridline/backend/http/session/sessionRoutes.ts';
import { notFoundRoute, problemMiddleware } from '@gridline/backend/http/problemMiddleware.ts';

/** A clock the test moves by hand. */
export const testClock = (start = '2026-03-02T09:00:00+08:00') => {
  let time = new Date(start).getTime();
  return {
    now: () => new Date(time),
    advance: (ms: number) => {
      time += ms;
    },
  };
};

export const minutes = (count: number) => count * 60_000;

export const zhangWei = {
  username: 'zhang.wei',
  password: 'correct horse battery staple',
  personId: 'person-zhang-wei',
  displayName: '张伟',
  role: 'grid_worker',
  scope: { kind: 'grid', id: 'grid-07' },
} as const;

interface ServerOptions extends Omit<AccountsOptions, 'dataDir'> {
  readonly dataDir?: string;
  readonly trustProxy?: boolean;
}

/** Builds the app the way the lead wires it: session routes open, everything else guarded. */
const buildApp = (accounts: Accounts, trustProxy: boolean) => {
  const app = express();
  app.disable('x-powered-by');
  if (trustProxy) app.set('trust proxy', 'loopback');
  app.use(securityHeaders());
  app.use(express.json({ limit: '256kb' }));
  app.use('/api', sessionRoutes(accounts));
  app.use('/api', requireSession(accounts), csrfGuard);
  app.get('/api/whoami', (_req, res) => {
    res.json(actorOf(res));
  });
  app.post('/api/notes', (_req, res) => {
    res.status(201).json({ recordedBy: actorOf(res).personId });
  });
  app.use('/api', notFoundRoute);
  app.use(problemMiddleware);
  return app;
};

export const startAccountsServer = async (options: ServerOptions = {}) => {
  const { trustProxy = false, dataDir: given, ...accountsOptions } = options;
  const dataDir = given ?? (await mkdtemp(join(tmpdir(), 'gridline-accounts-')));
  const accounts = openAccounts({ dataDir, ...accountsOptions });
  const server: Server = buildApp(accounts, trustProxy).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  const request = (method: string, path: string, init: RequestInit = {}) =>
    fetch(`${base}${path}`, { ...init, method });

  return {
    accounts,
    dataDir,
    request,
    signIn: (body: unknown, headers: Record<string, string> = {}) =>
      request('POST', '/api/session', {
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }),
    /** Stops the server; `keepData` leaves the file for a restart. */
    close: async ({ keepData = false } = {}) => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      accounts.close();
      if (!keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
};

export type AccountsServer = Awaited<ReturnType<typeof startAccountsServer>>;

/** `name=value` of the session cookie the response set, to send back as `Cookie`. */
export const sessionCookieOf = (response: Response): string => {
  const header = response.headers.getSetCookie().find((c) => c.startsWith('gridline_session='));
  if (!header) throw new Error('the response set no session cookie');
  return header.split(';')[0]!;
};

export const signedInAs = async (server: AccountsServer, credentials = zhangWei) => {
  const response = await server.signIn({
    username: credentials.username,
    password: credentials.password,
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: sessionCookieOf(response), csrfToken };
};
