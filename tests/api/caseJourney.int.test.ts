import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/apiServer.ts';
import { disputeBody } from './support/payloads.ts';

// The "done means": a dispute settled at the community, through the HTTP API alone.
describe('A dispute settled in the community, through the HTTP API', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer();
  });
  afterAll(() => api.close());

  it('goes from grid to community and closes, with every step and actor in its history', async () => {
    const worker = await api.as('worker');
    const leader = await api.as('leader');
    const community = await api.as('community');
    const supervisor = await api.as('supervisor');

    const logged = await worker.post('/api/cases/disputes', disputeBody);
    expect(logged.status).toBe(201);
    const caseId = logged.body['id'] as string;
    expect(logged.headers.get('location')).toBe(`/api/cases/${caseId}`);
    expect(logged.headers.get('etag')).toBe('"0"');
    const path = `/api/cases/${caseId}`;

    const steps: [typeof worker, string, unknown][] = [
      [leader, 'assign', { assigneeId: 'p-worker', instructions: '今日上门了解情况。' }],
      [worker, 'accept', {}],
      [
        worker,
        'mediations',
        { outcome: 'failed', summary: '双方对维修费用分担分歧较大，调解未成。' },
      ],
      [
        leader,
        'escalate',
        { toLevel: 'community', reason: 'mediation_failed', explanation: '需社区调委会介入。' },
      ],
      [
        community,
        'resolve',
        { outcome: 'mediated', summary: '社区调委会组织调解，双方达成协议，302室承担维修费用。' },
      ],
      [worker, 'return-visits', { rating: 'satisfied', method: 'phone' }],
      [
        supervisor,
        'verify',
        { outcome: 'confirmed', method: 'phone', note: '电话核实，漏水已修复。' },
      ],
      [community, 'close', {}],
    ];
    let revision = 0;
    for (const [client, step, body] of steps) {
      const response = await client.post(`${path}/${step}`, body, { 'If-Match': `"${revision}"` });
      expect({ step, status: response.status, body: response.body }).toMatchObject({
        step,
        status: 200,
      });
      revision = Number(response.body['revision']);
      expect(response.headers.get('etag')).toBe(`"${revision}"`);
      expect(response.headers.get('x-event-position')).toMatch(/^\d+\/\d+$/);
    }

    const current = await worker.get(path);
    expect(current.status).toBe(200);
    expect(current.body['state']).toMatchObject({ status: 'closed' });

    const history = await (await api.as('auditor')).get(`${path}/history`);
    expect(history.status).toBe(200);
    const events = history.body['events'] as {
      type: string;
      metadata: { actor: { personId: string; role: string } };
    }[];
    expect(events.map((event) => [event.type, event.metadata.actor.personId])).toEqual([
      ['DisputeLogged', 'p-worker'],
      ['CaseAssigned', 'p-leader'],
      ['CaseAccepted', 'p-worker'],
      ['MediationRecorded', 'p-worker'],
      ['CaseEscalated', 'p-leader'],
      ['CaseResolved', 'p-community'],
      ['ReturnVisitRecorded', 'p-worker'],
      ['ResolutionVerified', 'p-supervisor'],
      ['CaseClosed', 'p-community'],
    ]);
    const resolved = (history.body['events'] as { type: string; data: { level?: string } }[]).find(
      (event) => event.type === 'CaseResolved',
    );
    expect(resolved?.data.level).toBe('community');
  });
});
