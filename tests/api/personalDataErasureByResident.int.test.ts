import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/apiServer.ts';
import { disputeBody } from './support/payloads.ts';

// 按人删除: one resident on a case with others asks to be forgotten. Only that resident's
// keys go; the other party, and the numbers typed into the text, still reveal.

const cli = new URL('../../backend/src/cli/gridlineCli.ts', import.meta.url).pathname;

const applicant = { name: '欧阳春晓', phone: '13912345678', idNumber: '11010519491231002X' };
const respondent = { name: '司马秋生', phone: '021-87654321' };
const descriptionPhone = '13698765432';
const reason = '申请人书面申请删除本人信息，已核验身份。';

describe('Erasing one resident of a case', () => {
  let api: ApiServer;
  let caseId: string;
  const erasures = () => `/api/cases/${caseId}/personal-data-erasures`;
  const caughtUp = async () =>
    api.readModels.waitFor((await api.readModels.refreshHead(), api.readModels.head())!);
  const reveal = async (fields: string[]) =>
    (await api.as('leader')).post(`/api/cases/${caseId}/personal-data-reveals`, {
      fields,
      reason: '核对当事人以安排调解。',
    });

  beforeAll(async () => {
    api = await startApiServer();
    const dispute = await (
      await api.as('worker')
    ).post('/api/cases/disputes', {
      ...disputeBody,
      description: `申请人电话${descriptionPhone}，2026-05-30来访。`,
      parties: [
        { ...applicant, role: 'applicant' },
        { ...respondent, role: 'respondent' },
      ],
    });
    expect(dispute.status).toBe(201);
    caseId = dispute.body['id'] as string;
  });
  afterAll(() => api.close());

  it.each([
    [{ reason, residents: 'parties[x]' }, 400, 'residents'],
    [{ reason, residents: 'neighbour' }, 400, 'residents'],
    [{ reason, residents: 'parties[2]' }, 404, 'names no parties[2]'],
    [{ reason, residents: 'reporter' }, 404, 'names no reporter'],
  ])('refuses %j with %i, writing nothing', async (body, status, detail) => {
    const before = await api.lastPosition();
    const refused = await (await api.as('supervisor')).post(erasures(), body);
    expect(refused.status).toBe(status);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(refused.body)).toContain(detail);
    expect(await api.lastPosition()).toBe(before);
  });

  it('refuses the roles the case-wide erasure refuses', async () => {
    for (const username of ['worker', 'leader', 'auditor', 'otherSupervisor'] as const) {
      const refused = await (
        await api.as(username)
      ).post(erasures(), { reason, residents: 'parties[0]' });
      expect(refused.status, username).toBe(403);
    }
  });

  describe('once the applicant is erased', () => {
    beforeAll(async () => {
      const erased = await (
        await api.as('supervisor')
      ).post(erasures(), { reason, residents: 'parties[0]' });
      expect(erased.status).toBe(200);
      expect(erased.body['keysDestroyed']).toBe(1);
      expect((erased.body['events'] as unknown[])[0]).toMatchObject({
        data: { caseId, reason, residents: 'parties[0]' },
      });
      await caughtUp();
    });

    it('still reveals the respondent and the numbers in the text', async () => {
      const revealed = await reveal(['parties[].name', 'parties[].phone', 'description']);
      expect(revealed.status).toBe(200);
      expect(revealed.body['revealed']).toEqual({
        'parties[].name': ['[erased]', respondent.name],
        'parties[].phone': ['[erased]', respondent.phone],
        description: [expect.stringContaining(descriptionPhone)],
      });
    });

    it('answers 410 to a reveal of nothing but the applicant’s ID number', async () => {
      const before = await api.lastPosition();
      expect((await reveal(['parties[].idNumber'])).status).toBe(410);
      expect(await api.lastPosition()).toBe(before);
    });

    it('shows the applicant erased and the respondent masked in history and audit log', async () => {
      const leader = await api.as('leader');
      const history = await leader.get(`/api/cases/${caseId}/history`);
      const first = (history.body['events'] as { data: Record<string, unknown> }[])[0]!;
      expect(first.data['parties']).toEqual([
        { name: '[erased]', phone: '[erased]', idNumber: '[erased]', role: 'applicant' },
        { name: '司***', phone: '021****4321', role: 'respondent' },
      ]);
      const audit = await (await api.as('auditor')).get(`/api/audit/events?stream=case-${caseId}`);
      const logged = (
        audit.body['items'] as { type: string; data: Record<string, unknown> }[]
      ).find((item) => item.type === 'DisputeLogged')!;
      expect(logged.data['parties']).toEqual(first.data['parties']);
      expect(logged.data['description']).toContain('136****5432');
    });

    it('refuses the same resident again with 409, and then erases the rest of the case', async () => {
      const supervisor = await api.as('supervisor');
      const before = await api.lastPosition();
      const again = await supervisor.post(erasures(), { reason, residents: 'parties[0]' });
      expect(again.status).toBe(409);
      expect(await api.lastPosition()).toBe(before);
      const rest = await supervisor.post(erasures(), { reason });
      expect(rest.status).toBe(200);
      // The respondent, and the numbers typed into the text.
      expect(rest.body['keysDestroyed']).toBe(2);
      expect((await supervisor.post(erasures(), { reason, residents: 'parties[1]' })).status).toBe(
        409,
      );
      expect((await reveal(['parties[].name'])).status).toBe(410);
    });

    it('leaves the log verifying', async () => {
      const report = await (await api.as('auditor')).get('/api/audit/verification');
      expect(report.body).toMatchObject({ verifiable: true, ok: true, breaksFound: 0 });
      const result = spawnSync(process.execPath, [cli, 'verify', '--data-dir', api.dataDir], {
        encoding: 'utf8',
        env: { ...process.env, EVENTSTORE_CONNECTION_STRING: '', GRIDLINE_LOG_SIGNING_KEY: '' },
      });
      expect(result.stdout).toContain('The log verifies');
      expect(result.status).toBe(0);
    });
  });
});
