import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as WorkerThreads from 'node:worker_threads';
import { readConfig } from '@gridline/backend/config.ts';
import { openEventStore } from '@gridline/backend/eventStore/openEventStore.ts';
import type { EventStore } from '@gridline/backend/eventStore/port.ts';
import type { BulkBuildJob } from '@gridline/backend/readModels/bulkBuild/bulkBuildJob.ts';
import { serverBulkBuilds } from '@gridline/backend/readModels/startReadModels.ts';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateBenchDistrict } from '../bench/district/generateBenchDistrict.ts';
import { buildToTheHead, wentInLine } from './buildToTheHead.ts';

// A follower's thread cannot be started while the reader's could (the process ran out of
// threads between the two). Nothing in a job sent to the first follower differs from what
// the reader is sent in a way a real store or configuration could break, so the test stands
// in for the operating system: `new Worker` throws for the first follower only, either
// before its job is sent (ports still here) or after (its port gone with the job, as when
// the thread itself cannot be created).
const failing = vi.hoisted(() => ({
  when: 'before' as 'before' | 'after',
  /** The read models of the follower that could not start. */
  names: [] as string[],
}));
vi.mock('node:worker_threads', async (importOriginal) => {
  const real = await importOriginal<typeof WorkerThreads>();
  class Worker extends real.Worker {
    constructor(file: string | URL, options?: WorkerThreads.WorkerOptions) {
      const job = options?.workerData as BulkBuildJob | undefined;
      if (job?.role?.kind === 'follower' && job.role.slot === 0) {
        failing.names.push(...job.files.map((file) => file.name));
        if (failing.when === 'after') {
          const { port1 } = new real.MessageChannel();
          port1.postMessage(null, options?.transferList);
          port1.close();
        }
        throw Object.assign(new Error('Worker initialization failure: EAGAIN'), {
          code: 'ERR_WORKER_INIT_FAILED',
        });
      }
      super(file, options);
    }
  }
  return { ...real, default: { ...real, Worker }, Worker };
});

describe('A build one of whose following workers cannot start', () => {
  let dataDir: string;
  let store: EventStore;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gridline-bulk-follower-fails-'));
    await generateBenchDistrict({
      dataDir,
      seed: 6,
      size: 'small',
      start: new Date('2026-01-05T00:00:00+08:00'),
      password: 'bulk-follower-fails-password',
    });
    store = openEventStore(readConfig({ GRIDLINE_DATA_DIR: dataDir })).store;
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(['before', 'after'] as const)(
    'builds that follower’s read models in line, the others in workers (failing %s sending)',
    async (when) => {
      failing.when = when;
      failing.names = [];
      const messages = await buildToTheHead(store, join(dataDir, `follower-${when}`), {
        ...serverBulkBuilds(readConfig({ GRIDLINE_DATA_DIR: dataDir })),
        minimumLag: 1,
        workers: 3,
      });
      // Only the first follower's read models went on in line, each once, with the reason.
      const { lines, names } = wentInLine(messages);
      expect(failing.names.length).toBeGreaterThan(0);
      expect(names).toEqual(failing.names.toSorted());
      for (const line of lines) expect(line).toMatch(/could not start a worker thread/);
    },
    120_000,
  );
});
