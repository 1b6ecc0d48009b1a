import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { password, startApiServer, type ApiServer } from './support/apiServer.ts';

// Behind a TLS-terminating proxy the app sees plain HTTP; GRIDLINE_TRUST_PROXY lets it
// believe the proxy's X-Forwarded-Proto so the session cookie is marked Secure.
describe('The session cookie behind a trusted proxy', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer(undefined, { trustProxy: 'loopback' });
  });
  afterAll(() => api.close());

  const cookieFor = async (headers: Record<string, string>) => {
    const response = await fetch(`${api.base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ username: 'worker', password }),
    });
    expect(response.status).toBe(200);
    return response.headers.getSetCookie()[0]!;
  };

  it('is Secure when the proxy says the request came over HTTPS', async () => {
    expect(await cookieFor({ 'x-forwarded-proto': 'https' })).toMatch(/;\s*Secure/i);
  });

  it('is not Secure over plain HTTP', async () => {
    expect(await cookieFor({})).not.toMatch(/;\s*Secure/i);
  });
});
