import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/apiServer.ts';

// Residents named only on a patrol (its welfare checks) are erased on request like a
// case's: one check's resident, or everyone on the patrol; the log still verifies.

const cli = new URL('../../backend/src/cli/gridlineCli.ts', import.meta.url).pathname;
const reason = '走访对象家属书面申请删除其个人信息，已核验身份。';
const names = ['欧阳奶奶', '司马大爷'];
const notePhone = '13698765432';
const inspectionId = 'insp-erasure-1';
const erasures = `/api/inspections/${inspectionId}/personal-data-erasures`;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

describe("Erasing a patrol's welfare-check residents", () => {
  let api: ApiServer;
  const caughtUp = async () =>
    api.readModels.waitFor((await api.readModels.refreshHead(), api.readModels.head())!);
  const checks = async () => {
    const { body } = await (await api.as('leader')).get('/api/grids/grid-ryy-1/welfare-checks');
    return (body['items'] as { resident: string; note?: string | null }[]).map((item) => ({
      resident: item.resident,
      note: item.note ?? null,
    }));
  };
  const auditedChecks = async () => {
    const { body } = await (
      await api.as('auditor')
    ).get(`/api/audit/events?stream=inspection-${inspectionId}`);
    const recorded = (body['items'] as { data: { welfareChecks: unknown[] } }[])[0]!;
    return recorded.data.welfareChecks as { residentName: string; note?: string }[];
  };

  beforeAll(async () => {
    api = await startApiServer();
    const recorded = await (
      await api.as('worker')
    ).post('/api/inspections', {
      inspectionId,
      gridId: 'grid-ryy-1',
      inspectorId: 'p-worker',
      startedAt: '2026-06-01T08:00:00+08:00',
      endedAt: '2026-06-01T08:40:00+08:00',
      buildingsVisited: [{ buildingId: 'bld-ryy-3', householdsVisited: 2 }],
      welfareChecks: [
        { buildingId: 'bld-ryy-3', residentName: names[0], status: 'well' },
        {
          buildingId: 'bld-ryy-3',
          residentName: names[1],
          status: 'needs_attention',
          note: `女儿电话${notePhone}`,
        },
      ],
      findings: [],
    });
    expect(recorded.status).toBe(201);
    await caughtUp();
  });
  afterAll(() => api.close());

  it.each([
    ['/api/inspections/insp-nowhere/personal-data-erasures', { reason }, 404, 'No patrol'],
    [erasures, { reason, residents: 'welfareChecks[2]' }, 404, 'names no welfareChecks[2]'],
    [erasures, { reason, residents: 'parties[0]' }, 400, 'residents'],
    [erasures, { reason: ' ' }, 400, 'reason'],
  ])('refuses %s %j with %i, writing nothing', async (path, body, status, detail) => {
    const before = await api.lastPosition();
    const refused = await (await api.as('supervisor')).post(path, body);
    expect(refused.status).toBe(status);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(refused.body)).toContain(detail);
    expect(await api.lastPosition()).toBe(before);
  });

  it('is refused to everyone but the admin and the street supervisor of its street', async () => {
    const before = await api.lastPosition();
    for (const username of [
      'worker',
      'leader',
      'community',
      'auditor',
      'otherSupervisor',
    ] as const) {
      const refused = await (await api.as(username)).post(erasures, { reason });
      expect(refused.status, username).toBe(403);
    }
    expect(await api.lastPosition()).toBe(before);
  });

  it('erases one welfare check’s resident and leaves the other masked', async () => {
    const erased = await (
      await api.as('supervisor')
    ).post(erasures, { reason, residents: 'welfareChecks[0]' }, { 'Idempotency-Key': 'pe-1' });
    expect(erased.status).toBe(200);
    expect(erased.body['keysDestroyed']).toBe(1);
    expect((erased.body['events'] as unknown[])[0]).toMatchObject({
      type: 'PatrolPersonalDataErased',
      data: { inspectionId, reason, residents: 'welfareChecks[0]' },
    });
    await caughtUp();
    const shown = await checks();
    expect(shown.map((check) => check.resident).sort()).toEqual(['[erased]', '司***']);
    // The numbers in the notes have a key of their own, not erased with one check.
    expect(shown.map((check) => check.note)).toContain('女儿电话136****5432');
    expect((await auditedChecks()).map((check) => check.residentName)).toEqual([
      '[erased]',
      '司***',
    ]);
    const before = await api.lastPosition();
    const retried = await (
      await api.as('supervisor')
    ).post(erasures, { reason, residents: 'welfareChecks[0]' }, { 'Idempotency-Key': 'pe-1' });
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    const again = await (
      await api.as('admin')
    ).post(erasures, { reason, residents: 'welfareChecks[0]' });
    expect(again.status).toBe(409);
    expect(await api.lastPosition()).toBe(before);
  });

  it('erases everyone left on the patrol, the numbers in its notes included', async () => {
    const erased = await (await api.as('admin')).post(erasures, { reason });
    expect(erased.status).toBe(200);
    expect(erased.body['keysDestroyed']).toBe(2);
    await caughtUp();
    const shown = await checks();
    expect(shown.map((check) => check.resident)).toEqual(['[erased]', '[erased]']);
    expect(shown.map((check) => check.note)).toContain('女儿电话[erased]');
    const audited = await auditedChecks();
    expect(audited.map((check) => check.residentName)).toEqual(['[erased]', '[erased]']);
    expect(audited[1]!.note).toBe('女儿电话[erased]');
    expect((await (await api.as('admin')).post(erasures, { reason })).status).toBe(409);
    for (const value of [...names, notePhone]) {
      const holding = filesUnder(api.dataDir).filter((path) =>
        readFileSync(path).includes(Buffer.from(value, 'utf8')),
      );
      expect(holding, value).toEqual([]);
    }
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
