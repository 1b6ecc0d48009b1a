import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/apiServer.ts';
import { disputeBody, issueBody } from './support/payloads.ts';

// Residents' personal data at rest: entered through the API, it must not be found in clear
// in any file of the data directory; erased on request, it is gone from every view while
// the log still verifies.

const cli = new URL('../../backend/src/cli/gridlineCli.ts', import.meta.url).pathname;

const resident = {
  applicant: '欧阳春晓',
  applicantPhone: '13912345678',
  applicantId: '11010519491231002X',
  respondent: '司马秋生',
  respondentPhone: '021-87654321',
  reporter: '上官明月',
  reporterPhone: '15011112222',
  // Typed into free text rather than into the fields meant for them.
  descriptionPhone: '13698765432',
  descriptionId: '440304200101011236',
  notePhone: '18655554444',
  noteId: '310115198506124326',
};
const plaintexts = Object.values(resident);

/** Every file under the directory: the log, its -wal and -shm, read models, keys, accounts. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

const filesHolding = (dir: string, text: string): string[] =>
  filesUnder(dir).filter((path) => readFileSync(path).includes(Buffer.from(text, 'utf8')));

describe("Residents' personal data at rest, and its erasure", () => {
  let api: ApiServer;
  let disputeId: string;
  let issueId: string;

  const caughtUp = async () =>
    api.readModels.waitFor((await api.readModels.refreshHead(), api.readModels.head())!);

  beforeAll(async () => {
    api = await startApiServer();
    const worker = await api.as('worker');
    const dispute = await worker.post('/api/cases/disputes', {
      ...disputeBody,
      description: `申请人电话${resident.descriptionPhone}，身份证${resident.descriptionId}，2026-05-30来访。`,
      parties: [
        {
          name: resident.applicant,
          phone: resident.applicantPhone,
          idNumber: resident.applicantId,
          role: 'applicant',
        },
        { name: resident.respondent, phone: resident.respondentPhone, role: 'respondent' },
      ],
    });
    expect(dispute.status).toBe(201);
    disputeId = dispute.body['id'] as string;
    const note = await worker.post(`/api/cases/${disputeId}/notes`, {
      text: `被申请人另留电话${resident.notePhone}，证件${resident.noteId}。`,
    });
    expect(note.status).toBe(200);
    const issue = await worker.post('/api/cases/issues', {
      ...issueBody,
      reporter: { name: resident.reporter, phone: resident.reporterPhone },
    });
    expect(issue.status).toBe(201);
    issueId = issue.body['id'] as string;
    await caughtUp();
  });
  afterAll(() => api.close());

  it('is in no file of the data directory in clear, WAL files and read models included', () => {
    const files = filesUnder(api.dataDir).map((path) => path.slice(api.dataDir.length + 1));
    expect(files).toEqual(
      expect.arrayContaining(['events.sqlite', 'events.sqlite-wal', 'keys/residents.sqlite']),
    );
    expect(files.some((file) => file.startsWith('readmodels/'))).toBe(true);
    for (const value of plaintexts) expect(filesHolding(api.dataDir, value), value).toEqual([]);
    // The grep itself finds text in the read models: the case's title, which they keep.
    expect(
      filesHolding(api.dataDir, disputeBody.title).some((file) =>
        file.startsWith(join(api.dataDir, 'readmodels')),
      ),
    ).toBe(true);
  });

  it('still reads back in clear to a reveal, typed-in numbers included', async () => {
    const revealed = await (
      await api.as('leader')
    ).post(`/api/cases/${disputeId}/personal-data-reveals`, {
      fields: ['parties[].name', 'parties[].idNumber', 'description', 'text'],
      reason: '核对当事人身份以安排调解。',
    });
    expect(revealed.status).toBe(200);
    expect(revealed.body['revealed']).toEqual({
      'parties[].name': [resident.applicant, resident.respondent],
      'parties[].idNumber': [resident.applicantId],
      description: [expect.stringContaining(resident.descriptionPhone)],
      text: [expect.stringContaining(resident.noteId)],
    });
  });

  it('shows typed-in numbers masked in the history, like the marked fields', async () => {
    const history = await (await api.as('leader')).get(`/api/cases/${disputeId}/history`);
    const text = JSON.stringify(history.body);
    expect(text).toContain('136****5432');
    expect(text).toContain('310***********4326');
    for (const value of plaintexts) expect(text).not.toContain(value);
  });

  it('may be erased only by the admin or the case’s street supervisor, with a reason', async () => {
    const before = await api.lastPosition();
    const body = { reason: '当事人书面申请删除个人信息，已核验身份。' };
    for (const username of [
      'worker',
      'leader',
      'community',
      'auditor',
      'otherSupervisor',
    ] as const) {
      const refused = await (
        await api.as(username)
      ).post(`/api/cases/${disputeId}/personal-data-erasures`, body);
      expect(refused.status, username).toBe(403);
    }
    const noReason = await (
      await api.as('supervisor')
    ).post(`/api/cases/${disputeId}/personal-data-erasures`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.headers.get('content-type')).toContain('application/problem+json');
    expect(await api.lastPosition()).toBe(before);
  });

  describe('once erased', () => {
    const erasure = { reason: '当事人书面申请删除个人信息，已核验身份。' };
    const idempotencyKey = { 'Idempotency-Key': 'erasure-1' };
    beforeAll(async () => {
      const erased = await (
        await api.as('supervisor')
      ).post(`/api/cases/${disputeId}/personal-data-erasures`, erasure, idempotencyKey);
      expect(erased.status).toBe(200);
      // Both parties, and the numbers typed into the case's text.
      expect(erased.body['keysDestroyed']).toBe(3);
      expect(erased.body['streamName']).toBe('access-p-supervisor');
      await caughtUp();
    });

    it('answers a retry of the same request as it did, writing nothing', async () => {
      const before = await api.lastPosition();
      const retried = await (
        await api.as('supervisor')
      ).post(`/api/cases/${disputeId}/personal-data-erasures`, erasure, idempotencyKey);
      expect(retried.status).toBe(200);
      expect(retried.headers.get('idempotent-replayed')).toBe('true');
      expect(await api.lastPosition()).toBe(before);
    });

    it('answers a reveal with 410 "Erased", recording nothing', async () => {
      const before = await api.lastPosition();
      const reveal = await (
        await api.as('auditor')
      ).post(`/api/cases/${disputeId}/personal-data-reveals`, {
        fields: ['parties[].phone', 'description'],
        reason: '核查。',
      });
      expect(reveal.status).toBe(410);
      expect(reveal.body).toMatchObject({ title: 'Erased', caseId: disputeId });
      expect(await api.lastPosition()).toBe(before);
    });

    it('refuses a second erasure of the same case', async () => {
      const again = await (
        await api.as('admin')
      ).post(`/api/cases/${disputeId}/personal-data-erasures`, { reason: '重复申请。' });
      expect(again.status).toBe(409);
    });

    it('shows the data as erased in the history, with the erasure on record', async () => {
      const { body } = await (await api.as('leader')).get(`/api/cases/${disputeId}/history`);
      const events = body['events'] as {
        type: string;
        stream: string;
        data: Record<string, unknown>;
      }[];
      expect(events[0]!.data['parties']).toEqual([
        { name: '[erased]', phone: '[erased]', idNumber: '[erased]', role: 'applicant' },
        { name: '[erased]', phone: '[erased]', role: 'respondent' },
      ]);
      expect(events[0]!.data['description']).toBe(
        '申请人电话[erased]，身份证[erased]，2026-05-30来访。',
      );
      expect(events.find((event) => event.type === 'CaseNoteAdded')!.data['text']).toBe(
        '被申请人另留电话[erased]，证件[erased]。',
      );
      expect(events.find((event) => event.type === 'PersonalDataErased')).toMatchObject({
        stream: 'access-p-supervisor',
        data: { caseId: disputeId, reason: '当事人书面申请删除个人信息，已核验身份。' },
      });
    });

    it.each(['replay', 'file'])('shows the data as erased in the case %s', async (view) => {
      const { status, body } = await (
        await api.as('auditor')
      ).get(`/api/cases/${disputeId}/${view}`);
      expect(status).toBe(200);
      const text = JSON.stringify(body);
      expect(text).toContain('[erased]');
      for (const masked of ['欧*', '139****5678', '136****5432', '186****4444']) {
        expect(text).not.toContain(masked);
      }
    });

    it('shows the data as erased in the audit log read model', async () => {
      const { body } = await (
        await api.as('auditor')
      ).get(`/api/audit/events?stream=case-${disputeId}`);
      const text = JSON.stringify(body);
      expect(text).toContain('[erased]');
      for (const masked of ['欧*', '139****5678', '136****5432', '440***********1236']) {
        expect(text).not.toContain(masked);
      }
    });

    it('leaves other cases’ residents alone', async () => {
      const revealed = await (
        await api.as('leader')
      ).post(`/api/cases/${issueId}/personal-data-reveals`, {
        fields: ['reporter.name'],
        reason: '回访前核对报告人。',
      });
      expect(revealed.body['revealed']).toEqual({ 'reporter.name': [resident.reporter] });
    });

    it('leaves the log verifying, over the API and with npm run gridline -- verify', async () => {
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
