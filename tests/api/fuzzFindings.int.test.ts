import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/apiServer.ts';
import { caseAfter, ladder } from './support/caseSetup.ts';

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

  it('tells whoever sends a wrong anchor that it does not match, but goes on taking changes', async () => {
    const auditor = await api.as('auditor');
    const worker = await api.as('worker');
    const caseId = await caseAfter(api.services, api.now(), ladder.logged);
    const { head } = (await auditor.get('/api/audit/verification')).body as {
      head: { position: number; hash: string };
    };
    for (const anchor of [`0:${'b'.repeat(64)}`, `${head.position}:${'a'.repeat(64)}`]) {
      const report = await auditor.get(`/api/audit/verification?anchor=${anchor}`);
      expect(report.body).toMatchObject({ ok: false, firstBreak: { kind: 'anchor_mismatch' } });
    }
    // The log itself verified: a typo in an anchor does not stop every writer in the district.
    const note = await worker.post(`/api/cases/${caseId}/notes`, { text: '已与物业沟通。' });
    expect(note.status).toBe(200);
    expect((await api.call('GET', '/api/health')).body).toMatchObject({
      status: 'ok',
      log: { state: 'verified' },
    });
  });

  it('refuses a sort named after a property every object inherits, by name, on every list', async () => {
    const admin = await api.as('admin');
    for (const list of [
      '/api/cases',
      '/api/summonses',
      '/api/audit/events',
      '/api/grids/grid-ryy-1/inspections',
      '/api/grids/grid-ryy-1/welfare-checks',
    ]) {
      for (const sort of ['hasOwnProperty', '-constructor', '__proto__', 'toString']) {
        const response = await admin.get(`${list}?sort=${sort}`);
        expect(response.status, `${list}?sort=${sort}`).toBe(400);
        expect(response.headers.get('content-type')).toContain('application/problem+json');
        expect(response.body['detail']).toMatch(/sort/);
      }
    }
  });
});
