import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startAccountsServer, zhangWei, type AccountsServer } from './accountsServer.ts';

let server: AccountsServer;

beforeEach(async () => {
  server = await startAccountsServer();
  await server.accounts.accounts.createAccount(zhangWei);
});
afterEach(() => server.close());

const credentials = { username: zhangWei.username, password: zhangWei.password };

describe('POST /api/session', () => {
  it('signs in with the right password and sets an httpOnly, SameSite=Strict cookie', async () => {
    const response = await server.signIn(credentials);

    expect(response.status).toBe(200);
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^gridline_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Strict/i);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/; Secure/i);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toEqual({
      account: {
        id: expect.any(String),
        username: 'zhang.wei',
        displayName: '张伟',
        role: 'grid_worker',
        scope: { kind: 'grid', id: 'grid-07' },
        personId: 'person-zhang-wei',
      },
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
  });

  it('marks the cookie Secure when a trusted proxy says the request came over HTTPS', async () => {
    const behindProxy = await startAccountsServer({ trustProxy: true });
    try {
      await behindProxy.accounts.accounts.createAccount(zhangWei);
      const response = await behindProxy.signIn(credentials, { 'x-forwarded-proto': 'https' });
      expect(response.headers.getSetCookie()[0]).toMatch(/; Secure/i);
    } finally {
      await behindProxy.close();
    }
  });

  it('ignores the case and width of the username', async () => {
    const response = await server.signIn({ ...credentials, username: 'ＺＨＡＮＧ.Wei' });
    expect(response.status).toBe(200);
  });

  it('answers a wrong password with 401 problem+json and no cookie', async () => {
    const response = await server.signIn({ ...credentials, password: 'wrong horse battery' });

    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('answers a form-encoded sign-in with 415 problem+json asking for JSON, and no cookie', async () => {
    const response = await server.request('POST', '/api/session', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(credentials).toString(),
    });

    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/^Send JSON/);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('answers an unknown username exactly as a wrong password', async () => {
    const wrongPassword = await server.signIn({ ...credentials, password: 'wrong horse' });
    const unknownUser = await server.signIn({ username: 'li.na', password: 'wrong horse' });

    expect(unknownUser.status).toBe(401);
    expect(await unknownUser.json()).toEqual(await wrongPassword.json());
  });

  it('takes about as long for an unknown username as for a known one', async () => {
    const median = async (body: unknown) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const started = performance.now();
        await server.signIn(body);
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[2]!;
    };
    const known = await median({ ...credentials, password: 'wrong horse' });
    const unknown = await median({ username: 'nobody.here', password: 'wrong horse' });

    // Without the dummy hash an unknown name answers in about a millisecond, not tens.
    expect(unknown).toBeGreaterThan(known * 0.5);
  });

  it('refuses a disabled account with the same 401', async () => {
    const account = server.accounts.accounts.findByUsername('zhang.wei')!;
    server.accounts.accounts.setDisabled(account.id, true);

    const response = await server.signIn(credentials);
    expect(response.status).toBe(401);
  });

  it.each([
    ['a missing password', { username: 'zhang.wei' }, 'password'],
    ['a username that is not text', { username: 42, password: 'x' }, 'username'],
    ['an unknown field', { ...credentials, remember: true }, 'remember'],
    ['an empty password', { username: 'zhang.wei', password: '' }, 'password'],
  ])('answers %s with 400 naming the field', async (_case, body, field) => {
    const response = await server.signIn(body);

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as { detail: string; errors: unknown[] };
    expect(problem.detail).toContain(field);
    expect(problem.errors).toContainEqual(expect.objectContaining({ field }));
  });

  it.each([
    ['a JSON array', 'application/json', '[]'],
    ['JSON null', 'application/json', 'null'],
    ['a JSON string', 'application/json', '"zhang.wei"'],
    ['malformed JSON', 'application/json', '{"username":'],
    ['no body at all', 'text/plain', ''],
  ])('answers %s with 400, never 500', async (_case, contentType, body) => {
    const response = await server.request('POST', '/api/session', {
      headers: { 'content-type': contentType },
      body,
    });

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('does not echo a rejected password in the 400', async () => {
    const password = 'hunter2-secret'.repeat(100);
    const response = await server.signIn({ username: 'zhang.wei', password });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('hunter2-secret');
  });
});
