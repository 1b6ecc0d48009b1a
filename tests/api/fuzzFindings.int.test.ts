import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/apiServer.ts';

// What the API fuzzer (tests/fuzz/) found answered unfairly, each pinned by a focused test.

describe('Requests the fuzzer found answered unfairly', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer();
  });
  afterAll(() => api.close());

  it('answers OPTIONS as any method no route takes (404 problem+json), not with a list of methods', async () => {
    const worker = await api.as('worker');
    for (const [path, headers] of [
      ['/api/health', {}],
      ['/api/session', {}],
      ['/api/cases', { cookie: worker.cookie }],
    ] as const) {
      const response = await fetch(`${api.base}${path}`, { method: 'OPTIONS', headers });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.headers.get('allow')).toBeNull();
      expect(await response.json()).toMatchObject({
        status: 404,
        detail: `No route for OPTIONS ${path}`,
      });
    }
  });
});
