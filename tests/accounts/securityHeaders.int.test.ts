import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAccountsServer, type AccountsServer } from './accountsServer.ts';

let server: AccountsServer;

beforeAll(async () => {
  server = await startAccountsServer();
});
afterAll(() => server.close());

describe('securityHeaders', () => {
  it('sends helmet’s headers on every response, errors included', async () => {
    for (const response of [
      await server.request('GET', '/api/session'),
      await server.request('GET', '/nowhere'),
    ]) {
      const header = (name: string) => response.headers.get(name);
      expect(header('x-content-type-options')).toBe('nosniff');
      expect(header('x-frame-options')).toBe('DENY');
      expect(header('referrer-policy')).toBe('no-referrer');
      expect(header('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(header('cross-origin-opener-policy')).toBe('same-origin');
      expect(header('cross-origin-resource-policy')).toBe('same-origin');
      expect(header('x-powered-by')).toBeNull();
    }
  });

  it('allows a same-origin Vite build and nothing else', async () => {
    const response = await server.request('GET', '/api/session');
    const policy = response.headers.get('content-security-policy') ?? '';

    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  });
});
