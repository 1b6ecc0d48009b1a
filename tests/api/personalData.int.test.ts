import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/apiServer.ts';
import { disputeBody } from './support/payloads.ts';

interface HistoryEvent {
  type: string;
  data: Record<string, unknown>;
  metadata: { actor: { personId: string } };
}

describe("Residents' personal data in case views", () => {
  let api: ApiServer;
  let caseId: string;
  beforeAll(async () => {
    api = await startApiServer();
    caseId = (await (await api.as('worker')).post('/api/cases/disputes', disputeBody)).body[
      'id'
    ] as string;
  });
  afterAll(() => api.close());

  const history = async (): Promise<HistoryEvent[]> =>
    (await (await api.as('auditor')).get(`/api/cases/${caseId}/history`)).body[
      'events'
    ] as HistoryEvent[];

  it('is masked in the history by default', async () => {
    const [logged] = await history();
    expect(logged!.data['parties']).toEqual([
      { name: '赵*', phone: '138****8000', role: 'applicant' },
      { name: '钱*', role: 'respondent' },
    ]);
    expect(JSON.stringify(await history())).not.toContain('13800138000');
  });

  it('is revealed, with a reason, only to the person who asked, and the reveal is on record', async () => {
    const leader = await api.as('leader');
    const revealed = await leader.post(`/api/cases/${caseId}/personal-data-reveals`, {
      fields: ['parties[].phone', 'parties[].name'],
      reason: '需电话联系当事人安排调解。',
    });
    expect(revealed.status).toBe(200);
    expect(revealed.body['revealed']).toEqual({
      'parties[].phone': ['13800138000'],
      'parties[].name': ['赵敏', '钱进'],
    });
    const reveal = (await history()).find((event) => event.type === 'PersonalDataRevealed');
    expect(reveal).toMatchObject({
      data: { fields: ['parties[].phone', 'parties[].name'], reason: '需电话联系当事人安排调解。' },
      metadata: { actor: { personId: 'p-leader' } },
    });
  });

  it('reveals nothing under an Idempotency-Key already used for another reveal', async () => {
    const leader = await api.as('leader');
    const key = { 'Idempotency-Key': 'k-reused' };
    const first = await leader.post(
      `/api/cases/${caseId}/personal-data-reveals`,
      { fields: ['parties[].name'], reason: '核对当事人姓名。' },
      key,
    );
    expect(first.status).toBe(200);
    const before = await api.lastPosition();
    const refused = await leader.post(
      `/api/cases/${caseId}/personal-data-reveals`,
      { fields: ['parties[].phone'], reason: '需再次联系申请人。' },
      key,
    );
    expect(refused.status).toBe(422);
    expect(refused.body).not.toHaveProperty('revealed');
    expect(JSON.stringify(refused.body)).not.toContain('13800138000');
    expect(await api.lastPosition()).toBe(before);
  });

  it('leaves the case and its ETag unchanged, so a colleague’s pending If-Match still holds', async () => {
    const leader = await api.as('leader');
    const before = await leader.get(`/api/cases/${caseId}`);
    const revealed = await (
      await api.as('worker')
    ).post(`/api/cases/${caseId}/personal-data-reveals`, {
      fields: ['parties[].phone'],
      reason: '需电话联系申请人。',
    });
    expect(revealed.status).toBe(200);
    expect(revealed.body['caseRevision']).toBe(before.body['revision']);
    const after = await leader.get(`/api/cases/${caseId}`);
    expect(after.headers.get('etag')).toBe(before.headers.get('etag'));
    const note = await leader.post(
      `/api/cases/${caseId}/notes`,
      { text: '已约定周六调解。' },
      { 'If-Match': before.headers.get('etag')! },
    );
    expect(note.status).toBe(200);
  });

  it('lets an auditor reveal with a reason, and shows the reveal in the case history from the access log', async () => {
    const auditor = await api.as('auditor');
    const revealed = await auditor.post(`/api/cases/${caseId}/personal-data-reveals`, {
      fields: ['parties[].name'],
      reason: '核查调解协议签署人身份。',
    });
    expect(revealed.status).toBe(200);
    expect(revealed.body['revealed']).toEqual({ 'parties[].name': ['赵敏', '钱进'] });
    const entry = (await history()).find(
      (event) =>
        event.type === 'PersonalDataRevealed' && event.metadata.actor.personId === 'p-auditor',
    ) as (HistoryEvent & { stream: string; revision: string | null }) | undefined;
    expect(entry).toMatchObject({ stream: 'access-p-auditor', revision: null });
  });

  it('refuses an If-Match on a reveal, which changes no case, writing nothing', async () => {
    const before = await api.lastPosition();
    const response = await (
      await api.as('leader')
    ).post(
      `/api/cases/${caseId}/personal-data-reveals`,
      { fields: ['parties[].phone'], reason: '需联系。' },
      { 'If-Match': '"0"' },
    );
    expect(response.status).toBe(400);
    expect(response.body['detail']).toMatch(/If-Match: a reveal does not change the case/);
    expect(await api.lastPosition()).toBe(before);
  });

  it('refuses a reveal on a case that does not exist, with 404', async () => {
    const response = await (
      await api.as('leader')
    ).post('/api/cases/0b5c4e2e-6f1d-4c7a-9e3b-2d8f6a1c9e40/personal-data-reveals', {
      fields: ['parties[].phone'],
      reason: '需联系。',
    });
    expect(response.status).toBe(404);
  });

  it('refuses a reveal without a reason, writing nothing', async () => {
    const before = await api.lastPosition();
    const response = await (
      await api.as('leader')
    ).post(`/api/cases/${caseId}/personal-data-reveals`, {
      fields: ['parties[].phone'],
    });
    expect(response.status).toBe(400);
    expect(response.body['detail']).toMatch(/reason/);
    expect(await api.lastPosition()).toBe(before);
  });
});
