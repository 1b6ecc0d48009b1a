import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAccounts } from '@gridline/backend/accounts/openAccounts.ts';
import { createServices } from '@gridline/backend/application/services.ts';
import { catalogueGuard } from '@gridline/backend/eventStore/catalogueGuard.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';
import { caseAfter, ladder } from '../api/support/caseSetup.ts';
import { establishDistrict, people } from '../api/support/testDistrict.ts';
import { rechainFrom } from './support/forgery.ts';
import { startServerOn, type SpawnedServer } from './support/spawnedServer.ts';

const password = 'a long enough test password';
const day = new Date('2026-06-01T09:00:00+08:00');

// The real server, started on a log that was doctored while it was stopped.
describe('The start-up check of the log', () => {
  let dataDir: string;
  let path: string;
  let caseId: string;
  let server: SpawnedServer | undefined;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gridline-startup-'));
    path = join(dataDir, 'events.sqlite');
    const store = catalogueGuard(openSqliteEventStore({ path }));
    const services = createServices(store);
    await establishDistrict(services, new Date(day.getTime() - 30 * 86_400_000));
    caseId = await caseAfter(services, day, ladder.assigned);
    await store.close();
    // Cheap hashing: the parameters travel in the hash, so the server checks cheaply too.
    const accounts = openAccounts({
      dataDir,
      passwordHashing: { memoryKiB: 1024, passes: 1, parallelism: 1 },
    });
    for (const username of ['auditor', 'admin'] as const)
      await accounts.accounts.createAccount({ username, password, ...people[username] });
    accounts.close();
    // A first start verifies the whole log and signs a checkpoint at its head.
    server = await startServerOn(dataDir);
    expect((await server.call('/api/health')).body).toMatchObject({
      status: 'ok',
      log: { state: 'verified', mode: 'full' },
    });
    await server.stop();
  });
  afterEach(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Changes who recorded the case's first event, in the file. */
  const editTheCase = (): number => {
    const db = new Database(path);
    const { position } = db
      .prepare<[string], { position: number }>(
        `UPDATE events SET metadata = json_set(metadata, '$.actor.personId', 'p-nobody')
         WHERE stream_name = ? AND revision = 0 RETURNING position`,
      )
      .get(`case-${caseId}`)!;
    db.close();
    return position;
  };

  const expectReadOnlyButReadable = async (running: SpawnedServer): Promise<void> => {
    const admin = await running.as('admin', password);
    const note = await admin.post(`/api/cases/${caseId}/notes`, { text: '已与物业沟通。' });
    expect(note.status).toBe(503);
    expect(note.body).toMatchObject({ title: 'Log failed verification' });
    const auditor = await running.as('auditor', password);
    expect((await auditor.get(`/api/cases/${caseId}/history`)).status).toBe(200);
    expect((await auditor.get('/api/audit/verification')).body).toMatchObject({ ok: false });
  };

  it('finds a re-chained edit before serving, refuses writes and still serves auditors', async () => {
    rechainFrom(path, editTheCase());

    server = await startServerOn(dataDir);
    expect((await server.call('/api/health')).body).toMatchObject({
      status: 'read_only',
      log: { state: 'failed', firstBreak: { kind: 'checkpoint_mismatch' } },
    });
    // stdout and stderr are separate pipes: the warning may arrive after the line that says
    // the server is serving, so wait for it rather than read it at once.
    const running = server;
    await expect
      .poll(() => running.stderr(), { timeout: 5_000 })
      .toContain('the event log FAILED verification');
    await expectReadOnlyButReadable(server);
  });

  it('finds an old event edited in place by checking the whole log once serving', async () => {
    const position = editTheCase();

    server = await startServerOn(dataDir);
    // The incremental check cannot see it; the full one that follows in the background does.
    let health = await server.call('/api/health');
    while ((health.body['log'] as { state: string }).state !== 'failed') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      health = await server.call('/api/health');
    }
    expect(health.body).toMatchObject({
      status: 'read_only',
      log: { firstBreak: { kind: 'altered_event', position, stream: `case-${caseId}` } },
    });
    await expectReadOnlyButReadable(server);
  });

  it('resumes from the last verified checkpoint when nothing was touched', async () => {
    server = await startServerOn(dataDir);
    expect(server.stdout()).toMatch(
      /verifies \(incremental check from position [1-9]\d*, 0 events\)/,
    );
    expect((await server.call('/api/health')).body).toMatchObject({
      status: 'ok',
      log: { state: 'verified' },
    });
  });
});
