import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseStream, eventDefinition } from '@gridline/events';
import { sampleMetadata } from '@gridline/events/fixtures/sampleMetadata.ts';
import { projections } from '@gridline/projections';
import { readConfig } from '@gridline/backend/config.ts';
import { openEventStore } from '@gridline/backend/eventStore/openEventStore.ts';
import type { EventStore } from '@gridline/backend/eventStore/port.ts';
import { createProjectionRunner } from '@gridline/backend/readModels/projectionRunner.ts';
import { listReadModelFiles } from '@gridline/backend/readModels/readModelFile.ts';
import { serverBulkBuilds } from '@gridline/backend/readModels/startReadModels.ts';
import { lastPositionOf } from '@gridline/backend/readModels/storeHead.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBenchDistrict } from '../bench/district/generateBenchDistrict.ts';
import { expectEveryOneLiveAtTheHead } from './buildToTheHead.ts';
import { rowsOf } from './readModelRows.ts';

// Read models far behind the log are built from position 0 in worker threads, with their
// indexes added at the end. Whatever path built them, the files must hold the same rows,
// the same indexes, and serve once caught up; a build stopped half-way must resume; a
// read model a worker cannot build must go on in line and fail where it would have.

const dump = (path: string) => {
  const rows = rowsOf(path);
  const db = new Database(path, { readonly: true });
  try {
    const indexes = db
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
      )
      .all();
    const state = Object.fromEntries(
      (db.prepare('SELECT key, value FROM runner_state').all() as { key: string; value: string }[])
        .filter(({ key }) => key !== 'indexes')
        .map(({ key, value }) => [key, value]),
    );
    return { rows, indexes, state };
  } finally {
    db.close();
  }
};

const firstCaseId = async (store: EventStore): Promise<string | undefined> => {
  for await (const event of store.readAll()) {
    if (event.type === 'DisputeLogged') return (event.data as { caseId: string }).caseId;
  }
  return undefined;
};

const noteEvent = (caseId: string, text: string) => {
  const id = randomUUID();
  return {
    id,
    type: 'CaseNoteAdded',
    data: { caseId, text },
    metadata: sampleMetadata({
      eventId: id,
      schemaVersion: eventDefinition('CaseNoteAdded').version,
    }),
  };
};

const dumpFolder = (folder: string) =>
  Object.fromEntries(
    listReadModelFiles(folder).map((file) => [file.name, dump(join(folder, file.file))]),
  );

describe('Building read models from position 0 in worker threads', () => {
  let dataDir: string;
  let store: EventStore;
  let inLine: ReturnType<typeof dumpFolder>;
  const config = () => readConfig({ GRIDLINE_DATA_DIR: dataDir });

  /** Builds every read model into `folder` and waits until all serve at the head. */
  const build = async (folder: string, bulk: boolean, batchSize = 2_000, workers = 2) => {
    const runner = createProjectionRunner({
      store,
      folder,
      projections,
      batchSize,
      ...(bulk && { bulk: { ...serverBulkBuilds(config()), minimumLag: 1, workers } }),
    });
    await runner.start();
    return runner;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gridline-bulk-'));
    await generateBenchDistrict({
      dataDir,
      seed: 11,
      size: 'small',
      start: new Date('2026-01-05T00:00:00+08:00'),
      password: 'bulk-build-password',
    });
    store = openEventStore(config()).store;
    const folder = join(dataDir, 'in-line');
    const runner = await build(folder, false);
    expect(await runner.waitFor((await lastPositionOf(store))!, { timeoutMs: 60_000 })).toBe(true);
    await runner.stop();
    inLine = dumpFolder(folder);
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // One worker reads the log and sends its batches on: to nobody, to one follower (which is
  // handed the bytes), and to three (which get copies).
  it.each([1, 2, 4])(
    'writes the same rows and indexes as the runner in line, and serves once caught up (%i workers)',
    async (workers) => {
      const folder = join(dataDir, `bulk-${workers}`);
      const runner = await build(folder, true, 2_000, workers);
      try {
        await expectEveryOneLiveAtTheHead(runner, store);
      } finally {
        await runner.stop();
      }
      const built = dumpFolder(folder);
      expect(Object.keys(built)).toEqual(Object.keys(inLine));
      for (const name of Object.keys(inLine)) {
        expect(built[name]!.indexes, name).toEqual(inLine[name]!.indexes);
        expect(built[name]!.state, name).toEqual(inLine[name]!.state);
        expect(built[name]!.rows, name).toEqual(inLine[name]!.rows);
      }
      expect(inLine['audit_log']!.indexes.length).toBeGreaterThan(3);
    },
    120_000,
  );

  it('misses nothing appended while the workers build, nor while they hand back', async () => {
    const grownDir = mkdtempSync(join(tmpdir(), 'gridline-bulk-grown-'));
    try {
      cpSync(join(dataDir, 'events.sqlite'), join(grownDir, 'events.sqlite'));
      cpSync(join(dataDir, 'log-signing.key'), join(grownDir, 'log-signing.key'));
      cpSync(join(dataDir, 'keys'), join(grownDir, 'keys'), { recursive: true });
      const grownConfig = readConfig({ GRIDLINE_DATA_DIR: grownDir });
      const grown = openEventStore(grownConfig).store;
      const caseId = (await firstCaseId(grown))!;
      let notesBefore = 0;
      for await (const event of grown.readAll()) {
        if (event.type === 'CaseNoteAdded') notesBefore += 1;
      }
      const runner = createProjectionRunner({
        store: grown,
        folder: join(grownDir, 'bulk'),
        projections,
        batchSize: 50,
        bulk: { ...serverBulkBuilds(grownConfig), minimumLag: 1, workers: 2 },
      });
      await runner.start();
      // Notes keep arriving, one after another, through the build, while the workers hand
      // the files back, and after: each must reach every read model.
      let notes = 0;
      const note = () =>
        grown.append(caseStream(caseId), [noteEvent(caseId, `note ${(notes += 1)}`)], {
          expected: 'any',
        });
      let writing = true;
      const appender = (async () => {
        while (writing) await note();
      })();
      // Until every read model is back with the runner and has caught up with a recent note.
      while (!(await runner.waitFor((await lastPositionOf(grown))!, { timeoutMs: 100 }))) {
        expect(notes).toBeLessThan(100_000);
      }
      writing = false;
      await appender;
      for (let more = 0; more < 20; more += 1) await note();
      const head = (await lastPositionOf(grown))!;
      try {
        expect(await runner.waitFor(head, { timeoutMs: 60_000 })).toBe(true);
      } finally {
        await runner.stop();
      }
      const inLineRunner = createProjectionRunner({
        store: grown,
        folder: join(grownDir, 'in-line'),
        projections,
      });
      await inLineRunner.start();
      try {
        expect(await inLineRunner.waitFor(head, { timeoutMs: 60_000 })).toBe(true);
      } finally {
        await inLineRunner.stop();
      }
      await grown.close();
      const built = dumpFolder(join(grownDir, 'bulk'));
      const expected = dumpFolder(join(grownDir, 'in-line'));
      for (const name of Object.keys(expected)) {
        expect(built[name]!.rows, name).toEqual(expected[name]!.rows);
      }
      const notedRows = (
        expected['audit_log']!.rows['audit_log'] as { event_type: string }[]
      ).filter((row) => row.event_type === 'CaseNoteAdded');
      expect(notedRows.length).toBe(notes + notesBefore);
      expect(notes).toBeGreaterThan(20);
    } finally {
      rmSync(grownDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('resumes a build stopped half-way, from where the worker got to', async () => {
    const folder = join(dataDir, 'stopped');
    const head = (await lastPositionOf(store))!;
    const first = await build(folder, true, 50);
    // Stopped as soon as a worker has committed a batch of the audit log, far from the head.
    while ((first.writtenPosition('audit_log')?.commit ?? 0n) === 0n) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await first.stop();
    const half = dumpFolder(folder)['audit_log']!;
    expect(half.state['ready']).toBeUndefined();
    expect(BigInt(half.state['position']!.split('/')[0]!)).toBeLessThan(head.commit);
    // The indexes wait for the rows.
    expect(half.indexes).toEqual([]);

    // A second start that began again from position 0 over the same file would count every
    // event before the checkpoint twice (the case board counts notes, returns…), and
    // differ from the runner in line below.
    const second = await build(folder, true, 500);
    try {
      expect(await second.waitFor(head, { timeoutMs: 60_000 })).toBe(true);
    } finally {
      await second.stop();
    }
    const built = dumpFolder(folder);
    for (const name of Object.keys(inLine)) {
      expect(built[name]!.rows, name).toEqual(inLine[name]!.rows);
      expect(built[name]!.indexes, name).toEqual(inLine[name]!.indexes);
    }
  }, 120_000);

  it('hands a read model the worker cannot build back to the runner, which stops where in line did', async () => {
    // A copy of the log with one case event damaged on disk.
    const damagedDir = mkdtempSync(join(tmpdir(), 'gridline-bulk-damaged-'));
    try {
      cpSync(dataDir, damagedDir, { recursive: true });
      const file = new Database(join(damagedDir, 'events.sqlite'));
      const damaged = file
        .prepare(
          "SELECT position FROM events WHERE type = 'CaseAccepted' ORDER BY position LIMIT 1 OFFSET 100",
        )
        .pluck()
        .get() as number;
      file.prepare(`UPDATE events SET data = '{"caseId": ' WHERE position = ?`).run(damaged);
      file.close();
      const damagedConfig = readConfig({ GRIDLINE_DATA_DIR: damagedDir });
      const damagedStore = openEventStore(damagedConfig).store;
      const readers = projections
        .filter((projection) => projection.eventTypes.includes('CaseAccepted'))
        .map((projection) => projection.name);
      const statusOf = async (folder: string, bulk: boolean) => {
        const messages: string[] = [];
        const runner = createProjectionRunner({
          store: damagedStore,
          folder: join(damagedDir, folder),
          projections,
          batchSize: 500,
          log: (message) => messages.push(message),
          ...(bulk && { bulk: { ...serverBulkBuilds(damagedConfig), minimumLag: 1 } }),
        });
        await runner.start();
        const head = (await lastPositionOf(damagedStore))!;
        try {
          expect(await runner.waitFor(head, { names: ['organisation'], timeoutMs: 60_000 })).toBe(
            true,
          );
          // Everything that does not read case acceptances reaches the head; the rest stop
          // just before the damaged one.
          for (let waited = 0; waited < 600; waited += 1) {
            await runner.refreshHead();
            const settled = runner
              .status()
              .every((s) => (readers.includes(s.name) ? s.state === 'failed' : s.state === 'live'));
            if (settled) break;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
          return {
            status: runner.status().map(({ name, state, position, error }) => ({
              name,
              state,
              position,
              error,
            })),
            messages,
          };
        } finally {
          await runner.stop();
        }
      };
      // (Folders of their own: the copy holds the read models the other tests built.)
      const inLineRun = await statusOf('damaged-in-line', false);
      const bulkRun = await statusOf('damaged-bulk', true);
      expect(bulkRun.status).toEqual(inLineRun.status);
      const failed = inLineRun.status.filter((status) => status.state === 'failed');
      expect(failed.map((status) => status.name)).toEqual(readers);
      expect(readers.length).toBeGreaterThan(0);
      for (const status of failed) {
        expect(status.position).toBe(`${damaged - 1}/${damaged - 1}`);
        expect(status.error).toMatch(new RegExp(`at ${damaged}: .*not valid JSON`));
      }
      expect(bulkRun.messages.some((message) => /goes on in line/.test(message))).toBe(true);
      await damagedStore.close();
    } finally {
      rmSync(damagedDir, { recursive: true, force: true });
    }
  }, 180_000);
});
