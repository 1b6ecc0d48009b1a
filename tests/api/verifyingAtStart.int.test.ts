import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogVerificationReport } from '@gridline/backend/eventStore/logVerification.ts';
import { startApiServer, type ApiServer } from './support/apiServer.ts';
import { caseAfter, ladder } from './support/caseSetup.ts';

// The server listens before it has checked its log (docs/reliability.md): while the first
// check runs, health says so with its progress, reads and sign-in work, and changes are
// answered 503 with Retry-After, writing nothing. The check is held open here until the
// test has looked, so what is seen does not depend on how fast the machine is.

describe('The API while the log is checked after start', () => {
  let api: ApiServer;
  let caseId: string;
  let release: () => void;
  let check: Promise<LogVerificationReport | undefined>;

  beforeEach(async () => {
    const held = new Promise<void>((resolve) => (release = resolve));
    api = await startApiServer(undefined, {
      verifier: (real) => ({
        recordCheckpoint: (head) => real.recordCheckpoint(head),
        // The real check reads the whole log, reporting its progress; its answer waits.
        verify: async (options) => {
          const report = await real.verify(options);
          await held;
          return report;
        },
      }),
    });
    caseId = await caseAfter(api.services, api.now(), ladder.assigned);
    check = api.integrity.checkAtStart();
  });
  afterEach(async () => {
    release();
    await check;
    await api.close();
  });

  const health = async () => (await api.call('GET', '/api/health')).body;

  it('says it is verifying, with its progress, while reads and sign-in go on', async () => {
    let answer = await health();
    while ((answer['log'] as { eventsChecked: number }).eventsChecked === 0) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      answer = await health();
    }
    const log = answer['log'] as { eventsChecked: number; eventsToCheck: number };
    expect(answer).toMatchObject({ status: 'verifying', log: { state: 'verifying' } });
    expect(log.eventsChecked).toBeGreaterThan(10);
    expect(log.eventsToCheck).toBeGreaterThanOrEqual(log.eventsChecked);

    const auditor = await api.as('auditor');
    expect((await auditor.get(`/api/cases/${caseId}/history`)).status).toBe(200);
    const board = await auditor.get('/api/cases');
    expect(board.status).toBe(200);
    expect(board.body['items']).toEqual(
      expect.arrayContaining([expect.objectContaining({ caseId })]),
    );
  });

  it('answers changes 503 with Retry-After and writes nothing, then takes them once verified', async () => {
    const worker = await api.as('worker');
    const before = await api.lastPosition();
    const refused = await worker.post(`/api/cases/${caseId}/notes`, { text: '已与物业沟通。' });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect(refused.body).toMatchObject({ status: 503, title: 'Log being verified' });
    expect(await api.lastPosition()).toBe(before);

    release();
    expect(await check).toMatchObject({ ok: true, mode: 'full' });
    expect(await health()).toMatchObject({
      status: 'ok',
      log: { state: 'verified', mode: 'full' },
    });
    const taken = await worker.post(`/api/cases/${caseId}/notes`, { text: '已与物业沟通。' });
    expect(taken.status).toBe(200);
    expect(await api.lastPosition()).not.toBe(before);
  });
});
