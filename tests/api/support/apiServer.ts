import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAccounts } from '@gridline/backend/accounts/openAccounts.ts';
import { logIntegrity } from '@gridline/backend/application/logIntegrity.ts';
import { createServices } from '@gridline/backend/application/services.ts';
import { catalogueGuard } from '@gridline/backend/eventStore/catalogueGuard.ts';
import type { LogVerifier } from '@gridline/backend/eventStore/logVerification.ts';
import { masterKeyFor } from '@gridline/backend/eventStore/personalData/masterKey.ts';
import { personalDataVault } from '@gridline/backend/eventStore/personalData/personalDataVault.ts';
import { openResidentKeyStore } from '@gridline/backend/eventStore/personalData/residentKeyStore.ts';
import { positionToString } from '@gridline/backend/eventStore/port.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';
import { createApp } from '@gridline/backend/http/app.ts';
import { liveCaseChanges } from '@gridline/backend/live/liveCaseChanges.ts';
import { organisationDirectoryFromReadModel } from '@gridline/backend/readModels/organisationDirectoryReadModel.ts';
import { startReadModels } from '@gridline/backend/readModels/startReadModels.ts';
import { documentedResponses } from './documentedResponses.ts';
import { establishDistrict, people, type Username } from './testDistrict.ts';

export const password = 'a long enough test password';
// Cheap hashing: the tests sign in dozens of times; the real parameters are tested elsewhere.
const passwordHashing = { memoryKiB: 1024, passes: 1, parallelism: 1 };

export interface Call {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, unknown>;
}

/**
 * The real app on a real port, over a fresh SQLite store with the test district and one
 * account per person. `as(username)` signs in and returns a client that sends the
 * session cookie and CSRF token like the console does.
 */
export const startApiServer = async (
  start = new Date('2026-06-01T09:00:00+08:00'),
  {
    verifier = (real) => real,
    ...options
  }: {
    trustProxy?: string;
    liveHeartbeatMs?: number;
    /** Stands in for the store's verifier, to hold a check where a test wants it. */
    verifier?: (real: LogVerifier) => LogVerifier;
  } = {},
) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gridline-api-'));
  const sqliteStore = openSqliteEventStore({ path: join(dataDir, 'events.sqlite') });
  // As openEventStore assembles it: residents' personal data reaches the file sealed.
  const residentKeys = openResidentKeyStore({
    dataDir,
    masterKey: masterKeyFor(dataDir, undefined),
  });
  const store = catalogueGuard(personalDataVault(sqliteStore, residentKeys));
  const accounts = openAccounts({ dataDir, passwordHashing });
  const readModels = await startReadModels(store, dataDir);
  const services = createServices(
    store,
    undefined,
    organisationDirectoryFromReadModel(store, readModels),
  );
  const integrity = logIntegrity(verifier(sqliteStore.verifier));
  const live = liveCaseChanges(readModels);
  let time = start.getTime();
  const now = () => new Date(time);
  // The district was set up a month before the test's day, as it would have been.
  await establishDistrict(services, new Date(time - 30 * 86_400_000));
  for (const [username, staff] of Object.entries(people)) {
    await accounts.accounts.createAccount({ username, password, ...staff });
  }
  const server: Server = createApp({
    services,
    storeLocation: dataDir,
    residentKeys,
    accounts,
    integrity,
    now,
    readModels,
    live,
    ...options,
  }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let checkAsDocumented: ReturnType<typeof documentedResponses> | undefined;

  const call = async (
    method: string,
    path: string,
    init: { body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
  ): Promise<Call> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...init.headers },
      ...(init.rawBody !== undefined
        ? { body: init.rawBody }
        : init.body !== undefined
          ? { body: JSON.stringify(init.body) }
          : {}),
    });
    // A live stream never ends by itself: its status and headers are the answer.
    if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
      await response.body?.cancel();
      return { status: response.status, headers: response.headers, body: {} };
    }
    const text = await response.text();
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    // Every success a test sees must be what the API's description says it is.
    checkAsDocumented ??= documentedResponses(
      (await (await fetch(`${base}/api/openapi.json`)).json()) as never,
    );
    checkAsDocumented(method, path, response.status, body);
    return { status: response.status, headers: response.headers, body: body ?? {} };
  };

  const as = async (username: Username) => {
    const response = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (response.status !== 200)
      throw new Error(`${username} could not sign in: ${response.status}`);
    const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    const withSession = (headers: Record<string, string> = {}) => ({
      cookie,
      'x-csrf-token': csrfToken,
      ...headers,
    });
    return {
      /** The session cookie, for requests the client below does not make (a live stream). */
      cookie,
      get: (path: string, headers?: Record<string, string>) =>
        call('GET', path, { headers: withSession(headers) }),
      post: (path: string, body: unknown, headers?: Record<string, string>) =>
        call('POST', path, { body, headers: withSession(headers) }),
      postRaw: (path: string, rawBody: string, headers?: Record<string, string>) =>
        call('POST', path, { rawBody, headers: withSession(headers) }),
      delete: (path: string, headers?: Record<string, string>) =>
        call('DELETE', path, { headers: withSession(headers) }),
    };
  };

  /** The log's last position, to prove a refused request wrote nothing. */
  const lastPosition = async (): Promise<string> => {
    for await (const event of store.readAll({ direction: 'backwards', maxCount: 1 }))
      return positionToString(event.position);
    return 'empty';
  };

  return {
    base,
    dataDir,
    services,
    readModels,
    live,
    store,
    residentKeys,
    integrity,
    as,
    call,
    lastPosition,
    advance: (ms: number) => {
      time += ms;
    },
    now,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      accounts.close();
      await readModels.stop();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

export type ApiServer = Awaited<ReturnType<typeof startApiServer>>;
export type Client = Awaited<ReturnType<ApiServer['as']>>;
