import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer, type Client } from './support/apiServer.ts';
import { disputeBody } from './support/payloads.ts';

describe('Optimistic concurrency and safe retries', () => {
  let api: ApiServer;
  let worker: Client;
  let leader: Client;

  beforeAll(async () => {
    api = await startApiServer();
    worker = await api.as('worker');
    leader = await api.as('leader');
  });
  afterAll(() => api.close());

  it('answers a stale If-Match with 409 and the current state, writing nothing', async () => {
    const caseId = (await worker.post('/api/cases/disputes', disputeBody)).body['id'] as string;
    await worker.post(
      `/api/cases/${caseId}/notes`,
      { text: '已电话联系双方。' },
      { 'If-Match': '"0"' },
    );
    const before = await api.lastPosition();
    const stale = await leader.post(
      `/api/cases/${caseId}/assign`,
      { assigneeId: 'p-worker' },
      { 'If-Match': '"0"' },
    );
    expect(stale.status).toBe(409);
    expect(stale.body['currentRevision']).toBe('1');
    expect(stale.body['currentState']).toMatchObject({ status: 'awaiting_dispatch' });
    expect(await api.lastPosition()).toBe(before);

    const fresh = await leader.post(
      `/api/cases/${caseId}/assign`,
      { assigneeId: 'p-worker' },
      { 'If-Match': '"1"' },
    );
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('etag')).toBe('"2"');
  });

  it('refuses a stale If-Match from someone out of scope without showing them the case', async () => {
    const caseId = (await worker.post('/api/cases/disputes', disputeBody)).body['id'] as string;
    await worker.post(`/api/cases/${caseId}/notes`, { text: '已电话联系双方。' });
    const outsider = await api.as('otherWorker');
    const response = await outsider.post(
      `/api/cases/${caseId}/notes`,
      { text: '窥探' },
      { 'If-Match': '"0"' },
    );
    expect(response.status).toBe(403);
    expect(response.body).not.toHaveProperty('currentState');
    expect(JSON.stringify(response.body)).not.toContain('grid-ryy-1');
  });

  it('lets exactly one of two racing commands on the same revision through', async () => {
    const caseId = (await worker.post('/api/cases/disputes', disputeBody)).body['id'] as string;
    const outcomes = await Promise.all([
      leader.post(`/api/cases/${caseId}/assign`, { assigneeId: 'p-worker' }, { 'If-Match': '"0"' }),
      leader.post(
        `/api/cases/${caseId}/assign`,
        { assigneeId: 'p-worker2' },
        { 'If-Match': '"0"' },
      ),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual([200, 409]);
  });

  it('lets every one of many parallel commands without If-Match through, each on the state it finds', async () => {
    const caseId = (await worker.post('/api/cases/disputes', disputeBody)).body['id'] as string;
    const texts = Array.from({ length: 250 }, (_, index) => `第${index + 1}次电话联系当事人。`);
    // Open the connections first, so the notes reach the server together instead of one
    // new connection at a time.
    await Promise.all(texts.map(() => worker.get(`/api/cases/${caseId}`)));
    const outcomes = await Promise.all(
      texts.map((text) => worker.post(`/api/cases/${caseId}/notes`, { text })),
    );
    expect(outcomes.map((outcome) => outcome.status).filter((status) => status !== 200)).toEqual(
      [],
    );
    // Each decided on a different revision: no two answers share an ETag.
    expect(new Set(outcomes.map((outcome) => outcome.headers.get('etag'))).size).toBe(250);
    const written = (await api.store.readStream(`case-${caseId}`))
      .filter((event) => event.type === 'CaseNoteAdded')
      .map((event) => (event.data as { text: string }).text);
    expect(written.sort()).toEqual([...texts].sort());
  });

  it('answers a retried request with the same Idempotency-Key as a replay with the current state, writing nothing', async () => {
    const key = { 'Idempotency-Key': 'log-dispute-7f3e9a45' };
    const first = await worker.post('/api/cases/disputes', disputeBody, key);
    expect(first.status).toBe(201);
    const before = await api.lastPosition();
    const retry = await worker.post('/api/cases/disputes', disputeBody, key);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body['id']).toBe(first.body['id']);
    expect(retry.body['revision']).toBe(first.body['revision']);
    expect(retry.body['position']).toBe(first.body['position']);
    expect(await api.lastPosition()).toBe(before);

    const caseId = first.body['id'] as string;
    const assignKey = { 'Idempotency-Key': 'assign-1' };
    const assigned = await leader.post(
      `/api/cases/${caseId}/assign`,
      { assigneeId: 'p-worker' },
      assignKey,
    );
    const accepted = await worker.post(`/api/cases/${caseId}/accept`, {});
    const later = await api.lastPosition();
    // A late retry, after the case moved on, is answered as a replay of its own events,
    // with the case as it is now: its ETag is good for the next If-Match.
    const lateRetry = await leader.post(
      `/api/cases/${caseId}/assign`,
      { assigneeId: 'p-worker' },
      assignKey,
    );
    expect(lateRetry.status).toBe(200);
    expect(lateRetry.headers.get('idempotent-replayed')).toBe('true');
    expect(lateRetry.body['events']).toEqual(assigned.body['events']);
    expect(lateRetry.body['position']).toBe(assigned.body['position']);
    expect(lateRetry.body['revision']).toBe(accepted.body['revision']);
    expect(lateRetry.headers.get('etag')).toBe(accepted.headers.get('etag'));
    expect(lateRetry.body['state']).toEqual(accepted.body['state']);
    expect(await api.lastPosition()).toBe(later);
  });

  it('refuses a key reused with another body, on an opening and on a step alike: 422 naming the key, nothing written', async () => {
    const openKey = { 'Idempotency-Key': 'open-then-reused' };
    const opened = await worker.post('/api/cases/disputes', disputeBody, openKey);
    const caseId = opened.body['id'] as string;
    const noteKey = { 'Idempotency-Key': 'note-then-reused' };
    expect((await worker.post(`/api/cases/${caseId}/notes`, { text: '一' }, noteKey)).status).toBe(
      200,
    );
    const reuses = [
      ['/api/cases/disputes', { ...disputeBody, title: '另一起纠纷' }, openKey],
      [`/api/cases/${caseId}/notes`, { text: '二' }, noteKey],
      [`/api/cases/${caseId}/notes`, { text: '三' }, openKey],
    ] as const;
    for (const [path, body, key] of reuses) {
      const before = await api.lastPosition();
      const reused = await worker.post(path, body, key);
      expect(reused.status).toBe(422);
      expect(reused.headers.get('content-type')).toContain('application/problem+json');
      expect(reused.body['detail']).toContain(`"${key['Idempotency-Key']}"`);
      expect(reused.body['idempotencyKey']).toBe(key['Idempotency-Key']);
      expect(await api.lastPosition()).toBe(before);
    }
  });

  it('treats a key reused on another case as a new command, never repeating an event id', async () => {
    const first = (await worker.post('/api/cases/disputes', disputeBody)).body['id'] as string;
    const second = (await worker.post('/api/cases/disputes', disputeBody)).body['id'] as string;
    const key = { 'Idempotency-Key': 'note-key-reused' };
    expect((await worker.post(`/api/cases/${first}/notes`, { text: '一' }, key)).status).toBe(200);
    expect((await worker.post(`/api/cases/${second}/notes`, { text: '二' }, key)).status).toBe(200);
    const ids = [];
    for (const caseId of [first, second]) {
      const events = await api.store.readStream(`case-${caseId}`);
      ids.push(events.at(-1)!.id);
    }
    expect(new Set(ids).size).toBe(2);
  });

  it('does not let one person’s key replay another person’s command', async () => {
    const key = { 'Idempotency-Key': 'shared-key' };
    const mine = await worker.post('/api/cases/disputes', disputeBody, key);
    const theirs = await (await api.as('worker2')).post('/api/cases/disputes', disputeBody, key);
    expect(theirs.status).toBe(201);
    expect(theirs.body['id']).not.toBe(mine.body['id']);
  });
});
