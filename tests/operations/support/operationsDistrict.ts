import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openAccounts } from '@gridline/backend/accounts/openAccounts.ts';
import { createServices } from '@gridline/backend/application/services.ts';
import { catalogueGuard } from '@gridline/backend/eventStore/catalogueGuard.ts';
import type { EventRow } from '@gridline/backend/eventStore/sqlite/schema.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';
import { startReadModels } from '@gridline/backend/readModels/startReadModels.ts';
import { lastPositionOf } from '@gridline/backend/readModels/storeHead.ts';
import { caseAfter, ladder } from '../../api/support/caseSetup.ts';
import { establishDistrict, people } from '../../api/support/testDistrict.ts';

export const password = 'a long enough test password';
// Today, not a fixed day: a server started on the district records every deadline that has
// passed, which would make two servers' logs differ by events each wrote itself.
export const day = new Date(Date.now() - 5 * 60_000);

/**
 * A data directory as a server leaves it: the test district, cases at every stage of the
 * ladder, an account per person and read models caught up with the log.
 */
export const makeDistrict = async (): Promise<string> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gridline-ops-'));
  const store = catalogueGuard(openSqliteEventStore({ path: join(dataDir, 'events.sqlite') }));
  const services = createServices(store);
  await establishDistrict(services, new Date(day.getTime() - 30 * 86_400_000));
  for (const steps of Object.values(ladder)) await caseAfter(services, day, steps);
  const readModels = await startReadModels(store, dataDir, () => {});
  await readModels.waitFor((await lastPositionOf(store))!);
  await readModels.stop();
  await store.close();
  // Cheap hashing: the parameters travel in the hash, so the server checks cheaply too.
  const accounts = openAccounts({
    dataDir,
    passwordHashing: { memoryKiB: 1024, passes: 1, parallelism: 1 },
  });
  for (const [username, staff] of Object.entries(people))
    await accounts.accounts.createAccount({ username, password, ...staff });
  accounts.close();
  return dataDir;
};

const cli = new URL('../../../backend/src/cli/gridlineCli.ts', import.meta.url).pathname;

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run gridline -- …` as a child process, not on a TTY (as in CI: no progress bar). */
export const gridline = (...args: string[]): Promise<CliRun> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, EVENTSTORE_CONNECTION_STRING: '', GRIDLINE_LOG_SIGNING_KEY: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });

/** Every stored column of every event up to `upTo`, in log order. */
export const eventRows = (dataDir: string, upTo = Number.MAX_SAFE_INTEGER): EventRow[] => {
  const db = new Database(join(dataDir, 'events.sqlite'), { readonly: true });
  try {
    return db
      .prepare<[number], EventRow>('SELECT * FROM events WHERE position <= ? ORDER BY position')
      .all(upTo);
  } finally {
    db.close();
  }
};

/** The log's last position (0 when it is empty or missing). */
export const headOf = (dataDir: string): number => {
  if (!existsSync(join(dataDir, 'events.sqlite'))) return 0;
  const db = new Database(join(dataDir, 'events.sqlite'), { readonly: true });
  try {
    return (
      db.prepare<[], { head: number | null }>('SELECT MAX(position) AS head FROM events').get()
        ?.head ?? 0
    );
  } finally {
    db.close();
  }
};
