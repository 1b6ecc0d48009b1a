import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projections } from '@gridline/projections';
import { readConfig } from '@gridline/backend/config.ts';
import { openEventStore } from '@gridline/backend/eventStore/openEventStore.ts';
import type { EventStore } from '@gridline/backend/eventStore/port.ts';
import { createProjectionRunner } from '@gridline/backend/readModels/projectionRunner.ts';
import { serverBulkBuilds } from '@gridline/backend/readModels/startReadModels.ts';
import { lastPositionOf } from '@gridline/backend/readModels/storeHead.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBenchDistrict } from '../bench/district/generateBenchDistrict.ts';
import { rowsIn } from './readModelRows.ts';

// A rebuild stops the whole worker build holding the read model (the reader and every
// follower), and a stop stops it wherever each worker is: neither may hang, and whatever
// builds after (in line, in a new build, with another number of workers) must end with
// the rows in line has.

describe('A worker build interrupted part-way', () => {
  let dataDir: string;
  let store: EventStore;
  let inLine: ReturnType<typeof rowsIn>;
  const config = () => readConfig({ GRIDLINE_DATA_DIR: dataDir });
  const runnerOn = (folder: string, workers: number) =>
    createProjectionRunner({
      store,
      folder,
      projections,
      batchSize: 50,
      bulk: { ...serverBulkBuilds(config()), minimumLag: 1, workers },
    });
  const untilAWorkerCommitted = async (runner: ReturnType<typeof runnerOn>) => {
    while ((runner.writtenPosition('audit_log')?.commit ?? 0n) === 0n) {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  };
  const headReached = async (runner: ReturnType<typeof runnerOn>) => {
    try {
      expect(await runner.waitFor((await lastPositionOf(store))!, { timeoutMs: 60_000 })).toBe(
        true,
      );
    } finally {
      await runner.stop();
    }
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gridline-bulk-interrupted-'));
    await generateBenchDistrict({
      dataDir,
      seed: 13,
      size: 'small',
      start: new Date('2026-01-05T00:00:00+08:00'),
      password: 'bulk-interrupted-password',
    });
    store = openEventStore(config()).store;
    const folder = join(dataDir, 'in-line');
    const runner = createProjectionRunner({ store, folder, projections });
    await runner.start();
    await headReached(runner);
    inLine = rowsIn(folder);
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Two workers: grid_patch is the reader's own, figures a follower's.
  it.each(['grid_patch', 'figures'])(
    'rebuilds %s mid-build, and every read model ends as in line',
    async (rebuilt) => {
      const folder = join(dataDir, `rebuilt-${rebuilt}`);
      const runner = runnerOn(folder, 2);
      await runner.start();
      await untilAWorkerCommitted(runner);
      runner.rebuild([rebuilt]);
      await headReached(runner);
      const built = rowsIn(folder);
      expect(Object.keys(built)).toEqual(Object.keys(inLine));
      for (const name of Object.keys(inLine)) expect(built[name], name).toEqual(inLine[name]);
    },
    120_000,
  );

  it('stops mid-build, and resumes with another number of workers', async () => {
    const folder = join(dataDir, 'stopped');
    const first = runnerOn(folder, 3);
    await first.start();
    await untilAWorkerCommitted(first);
    await first.stop();
    const second = runnerOn(folder, 2);
    await second.start();
    await headReached(second);
    const built = rowsIn(folder);
    for (const name of Object.keys(inLine)) expect(built[name], name).toEqual(inLine[name]);
  }, 120_000);
});
