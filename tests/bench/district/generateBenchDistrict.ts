import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openAccounts } from '@gridline/backend/accounts/openAccounts.ts';
import { defaultDecisionContext } from '@gridline/backend/application/services.ts';
import { createDemoAccounts, demoLogins } from '@gridline/backend/demo/demoAccounts.ts';
import type { DemoSizeInput } from '@gridline/backend/demo/demoSizes.ts';
import {
  generateDemoDistrict,
  type DemoDistrict,
} from '@gridline/backend/demo/generateDemoDistrict.ts';
import { eventCipher } from '@gridline/backend/eventStore/personalData/eventCipher.ts';
import { masterKeyFor } from '@gridline/backend/eventStore/personalData/masterKey.ts';
import { openResidentKeyStore } from '@gridline/backend/eventStore/personalData/residentKeyStore.ts';
import { eventsFileName } from '@gridline/backend/eventStore/sqlite/schema.ts';
import { bulkWriterThread } from './bulkWriter.ts';
import { stagedLog } from './stagedLog.ts';
import { stagedServices } from './stagedServices.ts';

// A benchmark district: the demo's district, staff, patrols, meetings and case stories
// (a year of them, grown to the size asked for), decided by the real deciders through
// stagedServices and written in large batches by the bulk loader.

/** Events the demo's year-long histories write per case, patrols and meetings included. */
const eventsPerCase = 12.08;

/** The demo size (cases over a year) that writes about `events` events. */
export const sizeForEvents = (events: number): number =>
  Math.max(1, Math.round(events / eventsPerCase));

export interface BenchDistrictOptions {
  readonly dataDir: string;
  readonly seed: number;
  /** A demo size: `sizeForEvents` gives the one for about so many events. */
  readonly size: DemoSizeInput;
  readonly start: Date;
  /** Demo sign-ins are created with this password, for the HTTP benchmarks. */
  readonly password: string;
  /** Checks every n-th event against the catalogue (1: all). */
  readonly checkEvery?: number;
  readonly signingKey?: string;
  /** Wraps the residents' keys; default: the data directory's `keys/master.key`. */
  readonly personalDataKey?: string;
  /** Told how many events were decided so far, every 20,000. */
  readonly onProgress?: (events: number) => void;
}

export interface BenchDistrict {
  readonly demo: DemoDistrict;
  readonly events: number;
  readonly generateMs: number;
  readonly accountsMs: number;
}

export const generateBenchDistrict = async (
  options: BenchDistrictOptions,
): Promise<BenchDistrict> => {
  mkdirSync(options.dataDir, { recursive: true });
  const began = performance.now();
  const sink = await bulkWriterThread({
    path: join(options.dataDir, eventsFileName),
    ...(options.signingKey !== undefined && { signingKey: options.signingKey }),
  });
  // Residents' data is sealed as the server's vault seals it. The keys skip the fsync: the
  // directory is new, and a crash means generating it again anyway.
  const residentKeys = openResidentKeyStore({
    dataDir: options.dataDir,
    masterKey: masterKeyFor(options.dataDir, options.personalDataKey),
    durability: 'bulk',
  });
  const cipher = eventCipher(residentKeys);
  const log = stagedLog(sink, {
    checkEvery: options.checkEvery ?? 1,
    seal: cipher.seal,
    ...(options.onProgress && { onBatch: options.onProgress }),
  });
  let demo: DemoDistrict;
  try {
    demo = await generateDemoDistrict({
      services: stagedServices(log, defaultDecisionContext),
      seed: options.seed,
      size: options.size,
      start: options.start,
    });
  } finally {
    try {
      await log.close();
    } finally {
      residentKeys.close();
    }
  }
  const events = log.count();
  const generateMs = performance.now() - began;
  const accounts = openAccounts({ dataDir: options.dataDir });
  try {
    await createDemoAccounts(accounts.accounts, demoLogins(demo), options.password);
  } finally {
    accounts.close();
  }
  return { demo, events, generateMs, accountsMs: performance.now() - began - generateMs };
};
