import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projections } from '@gridline/projections';
import { readConfig } from '@gridline/backend/config.ts';
import { openEventStore } from '@gridline/backend/eventStore/openEventStore.ts';
import type { EventStore } from '@gridline/backend/eventStore/port.ts';
import { decoderFor } from '@gridline/backend/readModels/decodeForProjections.ts';
import { createProjectionRunner } from '@gridline/backend/readModels/projectionRunner.ts';
import {
  applyBatch,
  openTarget,
  type Decoded,
} from '@gridline/backend/readModels/projectionTarget.ts';
import { serverBulkBuilds } from '@gridline/backend/readModels/startReadModels.ts';
import { lastPositionOf } from '@gridline/backend/readModels/storeHead.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBenchDistrict } from '../bench/district/generateBenchDistrict.ts';
import { runToTheHead } from './buildToTheHead.ts';
import { rowsIn } from './readModelRows.ts';

// A build resumes files stopped at different checkpoints: the reader reads from the
// earliest of them all, and each file, in the reader or in a follower, must take exactly
// the events after its own checkpoint, neither again nor none.

describe('A worker build resumed from checkpoints that differ between its files', () => {
  let dataDir: string;
  let store: EventStore;
  let inLine: ReturnType<typeof rowsIn>;
  const config = () => readConfig({ GRIDLINE_DATA_DIR: dataDir });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gridline-bulk-resume-'));
    await generateBenchDistrict({
      dataDir,
      seed: 3,
      size: 'small',
      start: new Date('2026-01-05T00:00:00+08:00'),
      password: 'bulk-resume-password',
    });
    store = openEventStore(config()).store;
    const folder = join(dataDir, 'in-line');
    await runToTheHead(createProjectionRunner({ store, folder, projections }), store);
    inLine = rowsIn(folder);
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Files stopped part-way, each at its share of the log (0: no file), as a build leaves them. */
  const stoppedPartWay = async (folder: string, shares: Readonly<Record<string, number>>) => {
    const head = (await lastPositionOf(store))!;
    const decode = decoderFor(projections);
    const files = Object.entries(shares)
      .filter(([, share]) => share > 0)
      .map(([name, share]) => ({
        target: openTarget(
          folder,
          projections.find((p) => p.name === name)!,
          true,
        ),
        upTo: (head.commit * BigInt(Math.round(share * 100))) / 100n,
      }));
    let batch: Decoded[] = [];
    const applyAll = () => {
      for (const { target, upTo } of files) {
        applyBatch(
          target,
          batch.filter(
            (item) => (item.ok ? item.projected.position : item.position).commit <= upTo,
          ),
        );
      }
      batch = [];
    };
    for await (const event of store.readAll()) {
      batch.push(decode(event));
      if (batch.length >= 500) applyAll();
    }
    applyAll();
    for (const { target, upTo } of files) {
      expect(target.writing.checkpoint()!.commit).toBeLessThanOrEqual(upTo);
      expect(target.writing.checkpoint()!.commit).toBeGreaterThan(0n);
      target.writing.close();
    }
  };

  // With two workers the reader builds grid_patch and department_summons itself, the
  // follower the others; with three the reader builds none. Either side ahead of the other.
  it.each([
    [2, { grid_patch: 0.8, department_summons: 0.5, figures: 0.3, case_board: 0.6, audit_log: 0 }],
    [2, { grid_patch: 0, department_summons: 0.2, figures: 0.7, case_board: 0.4, audit_log: 0.9 }],
    [3, { grid_patch: 0.1, department_summons: 0.9, figures: 0.5, case_board: 0, audit_log: 0.6 }],
  ])(
    'builds the same rows as in line (%i workers, %o)',
    async (workers, shares) => {
      const folder = join(dataDir, `resumed-${workers}-${Object.values(shares).join('-')}`);
      await stoppedPartWay(folder, shares);
      const runner = createProjectionRunner({
        store,
        folder,
        projections,
        batchSize: 300,
        bulk: { ...serverBulkBuilds(config()), minimumLag: 1, workers },
      });
      await runToTheHead(runner, store);
      const built = rowsIn(folder);
      expect(Object.keys(built)).toEqual(Object.keys(inLine));
      for (const name of Object.keys(inLine)) expect(built[name], name).toEqual(inLine[name]);
    },
    120_000,
  );
});
