import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  signedInAs,
  startAccountsServer,
  zhangWei,
  type AccountsServer,
} from './accountsServer.ts';

let server: AccountsServer;

beforeEach(async () => {
  server = await startAccountsServer();
  await server.accounts.accounts.createAccount(zhangWei);
});
afterEach(() => server.close());

describe('GET /api/session', () => {
  it('returns the account and the CSRF token for the session cookie', async () => {
    const { cookie, csrfToken } = await signedInAs(server);

    const response = await server.request('GET', '/api/session', { headers: { cookie } });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      account: { username: 'zhang.wei' },
      csrfToken,
    });
  });

  it('is 401 problem+json without a cookie', async () => {
    const response = await server.request('GET', '/api/session');

    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('is 401 for a made-up or malformed cookie', async () => {
    for (const cookie of [
      `gridline_session=${'A'.repeat(43)}`,
      'gridline_session=not-a-token',
      'gridline_session=',
    ]) {
      const response = await server.request('GET', '/api/session', { headers: { cookie } });
      expect(response.status).toBe(401);
    }
  });

  it('gives the guarded routes the actor of the account', async () => {
    const { cookie } = await signedInAs(server);

    const response = await server.request('GET', '/api/whoami', { headers: { cookie } });

    expect(await response.json()).toEqual({
      personId: 'person-zhang-wei',
      role: 'grid_worker',
      scope: { kind: 'grid', id: 'grid-07' },
    });
  });

  it('replaces the session on every sign-in, ending the one the browser sent', async () => {
    const first = await signedInAs(server);
    const again = await server.signIn(
      { username: zhangWei.username, password: zhangWei.password },
      { cookie: first.cookie },
    );
    expect(again.status).toBe(200);

    const old = await server.request('GET', '/api/session', { headers: { cookie: first.cookie } });
    expect(old.status).toBe(401);
  });
});

describe('DELETE /api/session', () => {
  it('is 403 without the CSRF token, and the session lives on', async () => {
    const { cookie } = await signedInAs(server);

    const response = await server.request('DELETE', '/api/session', { headers: { cookie } });

    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const still = await server.request('GET', '/api/session', { headers: { cookie } });
    expect(still.status).toBe(200);
  });

  it('is 403 with a wrong CSRF token', async () => {
    const { cookie, csrfToken } = await signedInAs(server);

    const response = await server.request('DELETE', '/api/session', {
      headers: { cookie, 'x-csrf-token': `${csrfToken.slice(0, -1)}x` },
    });

    expect(response.status).toBe(403);
  });

  it('signs out with the CSRF token: 204, cookie cleared, session gone', async () => {
    const { cookie, csrfToken } = await signedInAs(server);

    const response = await server.request('DELETE', '/api/session', {
      headers: { cookie, 'x-csrf-token': csrfToken },
    });

    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie()[0]).toMatch(
      /^gridline_session=;.*Expires=Thu, 01 Jan 1970/,
    );
    const after = await server.request('GET', '/api/session', { headers: { cookie } });
    expect(after.status).toBe(401);
  });
});

describe('CSRF on the guarded routes', () => {
  it('lets reads through without the token', async () => {
    const { cookie } = await signedInAs(server);
    const response = await server.request('GET', '/api/whoami', { headers: { cookie } });
    expect(response.status).toBe(200);
  });

  it('refuses a state-changing request without the token and accepts it with', async () => {
    const { cookie, csrfToken } = await signedInAs(server);

    const without = await server.request('POST', '/api/notes', { headers: { cookie } });
    const withToken = await server.request('POST', '/api/notes', {
      headers: { cookie, 'x-csrf-token': csrfToken },
    });

    expect(without.status).toBe(403);
    expect(withToken.status).toBe(201);
  });

  it('does not accept one session’s token for another session', async () => {
    const mine = await signedInAs(server);
    const other = await signedInAs(server);

    const response = await server.request('POST', '/api/notes', {
      headers: { cookie: mine.cookie, 'x-csrf-token': other.csrfToken },
    });

    expect(response.status).toBe(403);
  });
});
