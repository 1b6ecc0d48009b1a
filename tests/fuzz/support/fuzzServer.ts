import { startApiServer } from '../../api/support/apiServer.ts';
import { caseAfter, ladder } from '../../api/support/caseSetup.ts';
import { documentedResponses } from '../../api/support/documentedResponses.ts';
import { people } from '../../api/support/testDistrict.ts';
import { operationsOf, type OpenApiDocument } from './fuzzOperations.ts';
import type { FuzzWorld } from './fuzzRequests.ts';

const password = 'a long enough test password';

/** A signed-in person's cookie and CSRF token. */
export interface Session {
  readonly cookie: string;
  readonly csrfToken: string;
}

/**
 * The real app on a real port over a real SQLite store (the API tests' district), with
 * a case in every state of the ladder and every person signed in. It trusts the loopback
 * proxy so the harness can sign in again from an address of its own: the fuzzer's failed
 * sign-ins throttle 127.0.0.1, as they should.
 */
export const startFuzzServer = async () => {
  const api = await startApiServer(undefined, { trustProxy: 'loopback', liveHeartbeatMs: 60_000 });
  const caseIds: string[] = [];
  for (const steps of Object.values(ladder))
    caseIds.push(await caseAfter(api.services, api.now(), steps));
  await api.readModels.waitFor((await api.readModels.refreshHead(), api.readModels.head())!, {
    timeoutMs: 20_000,
  });
  let address = 0;
  const signIn = async (username: string): Promise<Session | undefined> => {
    address += 1;
    const response = await fetch(`${api.base}/api/session`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': `10.77.${address >> 8}.${address & 255}`,
      },
      body: JSON.stringify({ username, password }),
    });
    if (response.status !== 200) return undefined;
    const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!.split('=')[1]!;
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return { cookie, csrfToken };
  };
  const sessions = new Map<string, Session>();
  for (const username of Object.keys(people)) sessions.set(username, (await signIn(username))!);
  const document = (await (await fetch(`${api.base}/api/openapi.json`)).json()) as OpenApiDocument;
  const world = { usernames: Object.keys(people), caseIds } satisfies FuzzWorld;
  return {
    api,
    world,
    operations: operationsOf(document),
    checkAsDocumented: documentedResponses(document as never),
    sessions,
    /** Signs in again, after a fuzzed request ended the session; kept if that is refused. */
    renew: async (username: string) => {
      const session = await signIn(username);
      if (session) sessions.set(username, session);
    },
  };
};

export type FuzzServer = Awaited<ReturnType<typeof startFuzzServer>>;
