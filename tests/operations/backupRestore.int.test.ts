import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupManifest } from '@gridline/backend/operations/backup/manifest.ts';
import { startServerOn, type SpawnedServer } from '../integrity/support/spawnedServer.ts';
import {
  eventRows,
  gridline,
  headOf,
  makeDistrict,
  password,
} from './support/operationsDistrict.ts';
import { expectSameReads } from './support/sameReads.ts';

const patrol = (n: number) => ({
  inspectionId: `insp-backup-${n}`,
  gridId: 'grid-ryy-1',
  inspectorId: 'p-worker',
  startedAt: new Date(Date.now() - 3_600_000).toISOString(),
  endedAt: new Date(Date.now() - 1_800_000).toISOString(),
  buildingsVisited: [{ buildingId: 'bld-ryy-3', householdsVisited: 2 }],
  welfareChecks: [],
  findings: [],
});

// An online backup, taken while the real server records patrols as fast as it can, then
// restored into fresh data directories and compared with the source.
describe('npm run gridline -- backup / restore', { timeout: 180_000 }, () => {
  let source: string;
  let work: string;
  let backup: string;
  let manifest: BackupManifest;
  let headBefore: number;
  let restored: string;
  beforeAll(async () => {
    source = await makeDistrict();
    work = mkdtempSync(join(tmpdir(), 'gridline-backup-'));
    backup = join(work, 'backup');
    // Keys as the residents' key store keeps them: an SQLite file, and any other file.
    mkdirSync(join(source, 'keys'));
    const residents = new Database(join(source, 'keys', 'residents.sqlite'));
    residents.pragma('journal_mode = WAL');
    residents.exec(
      "CREATE TABLE keys (resident TEXT, key TEXT); INSERT INTO keys VALUES ('r-1', 'k-1')",
    );
    residents.close();
    writeFileSync(join(source, 'keys', 'export.key'), 'a key kept as a file\n');

    const server = await startServerOn(source);
    let writing = true;
    let written = 0;
    const writer = (async () => {
      const worker = await server.as('worker', password);
      while (writing) {
        const answer = await worker.post('/api/inspections', patrol(written));
        expect(answer.status).toBe(201);
        written += 1;
      }
    })();
    try {
      while (written < 5) await new Promise((resolve) => setTimeout(resolve, 20));
      headBefore = headOf(source);
      const result = await gridline('backup', '--to', backup, '--data-dir', source);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('Backup: The log verifies');
      expect(result.status).toBe(0);
      const writtenByThen = written;
      while (written < writtenByThen + 5) await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      writing = false;
      await writer;
      await server.stop();
    }
    manifest = JSON.parse(readFileSync(join(backup, 'manifest.json'), 'utf8')) as BackupManifest;
    restored = join(work, 'restored');
    const restore = await gridline('restore', '--from', backup, '--data-dir', restored);
    expect(restore.stdout).toContain('The log verifies');
    expect(restore.status).toBe(0);
  }, 300_000);
  afterAll(() => {
    for (const folder of [source, work]) rmSync(folder, { recursive: true, force: true });
  });

  it('took a head the writer had passed before and went on from after', () => {
    const head = manifest.log.head!;
    expect(head.position).toBeGreaterThanOrEqual(headBefore);
    expect(headOf(source)).toBeGreaterThan(head.position);
    expect(manifest.log.events).toBe(head.position);
    expect(manifest.files.map((file) => file.path)).toEqual(
      expect.arrayContaining([
        'events.sqlite',
        'accounts.sqlite',
        'log-signing.key',
        'keys/residents.sqlite',
        'keys/export.key',
        expect.stringMatching(/^readmodels\/case_board\.v\d+\.g\d+\.sqlite$/),
      ]),
    );
  });

  it('restores the log event for event up to the backup’s head, and it verifies', async () => {
    const head = manifest.log.head!;
    expect(eventRows(restored)).toEqual(eventRows(source, head.position));
    const verify = await gridline(
      'verify',
      '--anchor',
      `${head.position}:${head.hash}`,
      '--data-dir',
      restored,
    );
    expect(verify.status).toBe(0);
  });

  it('restores the keys, SQLite or not', () => {
    const residents = new Database(join(restored, 'keys', 'residents.sqlite'), { readonly: true });
    expect(residents.prepare('SELECT * FROM keys').all()).toEqual([
      { resident: 'r-1', key: 'k-1' },
    ]);
    residents.close();
    expect(readFileSync(join(restored, 'keys', 'export.key'), 'utf8')).toBe(
      'a key kept as a file\n',
    );
  });

  it('serves the accounts and answers as read models rebuilt from the same log would', async () => {
    // The reference: the same log, its read models rebuilt from position 0 by the server.
    const reference = join(work, 'reference');
    expect((await gridline('restore', '--from', backup, '--data-dir', reference)).status).toBe(0);
    rmSync(join(reference, 'readmodels'), { recursive: true });
    const servers: SpawnedServer[] = [];
    try {
      servers.push(await startServerOn(restored), await startServerOn(reference));
      await expectSameReads(servers[1]!, servers[0]!, manifest.log.head!.position);
      // Every account signs in on the restored server, not only the admin.
      for (const username of ['worker', 'leader', 'supervisor', 'auditor'])
        await expect(servers[0]!.as(username, password)).resolves.toBeDefined();
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
    }
  });

  it('refuses a data directory that holds files unless --force', async () => {
    const target = join(work, 'occupied');
    mkdirSync(target);
    writeFileSync(join(target, 'events.sqlite-wal'), 'a stale WAL of another log');
    const refused = await gridline('restore', '--from', backup, '--data-dir', target);
    expect(refused.stderr).toContain('is not empty');
    expect(refused.status).toBe(2);
    expect(existsSync(join(target, 'events.sqlite'))).toBe(false);

    const forced = await gridline('restore', '--from', backup, '--force', '--data-dir', target);
    expect(forced.status).toBe(0);
    // The stale WAL went with --force: replayed into the restored file it would corrupt it.
    expect(existsSync(join(target, 'events.sqlite-wal'))).toBe(false);
    expect(eventRows(target)).toEqual(eventRows(restored));
  });

  it('restores nothing from a backup that does not match its manifest', async () => {
    const damaged = join(work, 'damaged');
    cpSync(backup, damaged, { recursive: true });
    const accounts = readFileSync(join(damaged, 'accounts.sqlite'));
    const flipped = accounts.length - 100;
    accounts[flipped] = accounts[flipped]! ^ 0xff;
    writeFileSync(join(damaged, 'accounts.sqlite'), accounts);
    rmSync(join(damaged, 'keys', 'export.key'));
    const target = join(work, 'from-damaged');
    const result = await gridline('restore', '--from', damaged, '--data-dir', target);
    expect(result.stderr).toContain('accounts.sqlite does not match its sha256 in the manifest');
    expect(result.stderr).toContain('keys/export.key is missing');
    expect(result.status).toBe(1);
    expect(existsSync(target)).toBe(false);
  });

  it('refuses a folder without a manifest, and a backup into a folder that holds files', async () => {
    const noManifest = await gridline('restore', '--from', work, '--data-dir', join(work, 'x'));
    expect(noManifest.stderr).toContain('has no manifest.json');
    expect(noManifest.status).toBe(2);
    const intoBackup = await gridline('backup', '--to', backup, '--data-dir', source);
    expect(intoBackup.stderr).toContain('is not empty');
    expect(intoBackup.status).toBe(2);
    expect((await gridline('backup', '--data-dir', source)).status).toBe(2);
  });
});
