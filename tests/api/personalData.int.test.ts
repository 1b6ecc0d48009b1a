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
      'caseId'
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

  it('reveals nothing under an Idempotency-Key already used for something else', async () => {
    const leader = await api.as('leader');
    const key = { 'Idempotency-Key': 'k-reused' };
    expect(
      (await leader.post(`/api/cases/${caseId}/notes`, { text: '已联系。' }, key)).status,
    ).toBe(200);
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
