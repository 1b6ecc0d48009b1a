import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projections } from '@gridline/projections';
import { readConfig } from '@gridline/backend/config.ts';
import { openEventStore } from '@gridline/backend/eventStore/openEventStore.ts';
import type { EventStore } from '@gridline/backend/eventStore/port.ts';
import { serverBulkBuilds } from '@gridline/backend/readModels/startReadModels.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBenchDistrict } from '../bench/district/generateBenchDistrict.ts';
import { buildToTheHead, wentInLine } from './buildToTheHead.ts';

// One worker of a build reads the log for all of them. When that worker cannot read it
// (its store will not open), none of the build's read models can be built in a worker:
// all of them must go on in line, as they did when every worker read the log itself,
// rather than come back unfinished, be handed to a new build, and so on for ever.

describe('A build whose reading worker cannot open the store, or start at all', () => {
  let dataDir: string;
  let store: EventStore;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gridline-bulk-reader-fails-'));
    await generateBenchDistrict({
      dataDir,
      seed: 5,
      size: 'small',
      start: new Date('2026-01-05T00:00:00+08:00'),
      password: 'bulk-reader-fails-password',
    });
    store = openEventStore(readConfig({ GRIDLINE_DATA_DIR: dataDir })).store;
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Every read model built in workers goes on in line, once, with the reason.
  const everyBuiltInWorkers = projections
    .map((projection) => projection.name)
    .filter((name) => name !== 'organisation')
    .toSorted();

  // Two workers: the reader's own read models fail, and the ones left are grouped again
  // until the reader has none of its own (reading outweighs them). Three: it has none at once.
  it.each([2, 3])(
    'builds every read model in line, each reported once (%i workers)',
    async (workers) => {
      // The workers' data directory is a file: their store cannot open there.
      const broken = readConfig({ GRIDLINE_DATA_DIR: join(dataDir, 'events.sqlite') });
      const messages = await buildToTheHead(store, join(dataDir, `in-line-${workers}`), {
        ...serverBulkBuilds(broken),
        minimumLag: 1,
        workers,
      });
      const { lines, names } = wentInLine(messages);
      expect(names).toEqual(everyBuiltInWorkers);
      for (const line of lines) expect(line).toMatch(/EEXIST|ENOTDIR/);
    },
    120_000,
  );

  // `new Worker` throws at once when the process has no thread or memory left for one. A
  // configuration a thread cannot be sent does the same here. Before, the read models stayed
  // with a build that never ran, and were never built.
  it('builds every read model in line when no worker thread can be started', async () => {
    const unsendable = { ...readConfig({ GRIDLINE_DATA_DIR: dataDir }), unsendable: () => {} };
    const messages = await buildToTheHead(store, join(dataDir, 'no-threads'), {
      ...serverBulkBuilds(unsendable),
      minimumLag: 1,
      workers: 2,
    });
    const { lines, names } = wentInLine(messages);
    expect(names).toEqual(everyBuiltInWorkers);
    for (const line of lines) expect(line).toMatch(/could not start a worker thread/);
  }, 120_000);
});
