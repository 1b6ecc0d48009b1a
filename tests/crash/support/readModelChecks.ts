import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { projections, type Projection } from '@gridline/projections';
import { masterKeyFor } from '@gridline/backend/eventStore/personalData/masterKey.ts';
import { personalDataVault } from '@gridline/backend/eventStore/personalData/personalDataVault.ts';
import { openResidentKeyStore } from '@gridline/backend/eventStore/personalData/residentKeyStore.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';
import { createProjectionRunner } from '@gridline/backend/readModels/projectionRunner.ts';
import { listReadModelFiles } from '@gridline/backend/readModels/readModelFile.ts';
import { readModelFolder } from '@gridline/backend/readModels/startReadModels.ts';
import { lastPositionOf } from '@gridline/backend/readModels/storeHead.ts';
import { logHead } from './logChecks.ts';

// The read models a killed server left, caught up by the restarted one, must hold exactly
// what a rebuild from position 0 holds: a batch applied twice, or lost with its checkpoint
// moved, would show as a row too many or too few.

interface HealthReadModel {
  readonly name: string;
  readonly state: string;
  readonly position: string | null;
}

/** Waits until every read model of the server at `base` has applied the log's last event. */
export const caughtUp = async (base: string, logPath: string, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const head = String(logHead(logPath));
    const health = (await (await fetch(`${base}/api/health`)).json()) as {
      readModels: HealthReadModel[];
    };
    const behind = health.readModels.filter(
      (model) => model.state !== 'live' || model.position?.split('/')[0] !== head,
    );
    if (behind.length === 0) return;
    if (Date.now() > deadline)
      throw new Error(`read models not caught up with ${head}: ${JSON.stringify(behind)}`);
    await sleep(25);
  }
};

/** The file that serves a read model: its current version's newest generation. */
const servingFile = (folder: string, projection: Projection): string => {
  const file = listReadModelFiles(folder)
    .filter((found) => found.name === projection.name && found.version === projection.version)
    .at(-1);
  if (!file) throw new Error(`no ${projection.name} read model in ${folder}`);
  return join(folder, file.file);
};

/** Every table of a read-model file (its runner's bookkeeping aside), rows in a fixed order. */
const tablesOf = (path: string): Map<string, string[]> => {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const names = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'runner_state' ORDER BY name",
      )
      .all()
      .map(({ name }) => name);
    return new Map(
      names.map((name) => [
        name,
        db
          .prepare(`SELECT * FROM "${name}"`)
          .all()
          .map((row) => JSON.stringify(row))
          .sort(),
      ]),
    );
  } finally {
    db.close();
  }
};

const differences = (name: string, kept: string[], rebuilt: string[]): string[] => {
  const rebuiltSet = new Set(rebuilt);
  const keptSet = new Set(kept);
  const extra = kept.filter((row) => !rebuiltSet.has(row));
  const missing = rebuilt.filter((row) => !keptSet.has(row));
  if (kept.length === rebuilt.length && extra.length === 0 && missing.length === 0) return [];
  return [
    `${name}: ${kept.length} rows kept, ${rebuilt.length} rebuilt` +
      (extra[0] ? `; not in the rebuild: ${extra[0]}` : '') +
      (missing[0] ? `; only in the rebuild: ${missing[0]}` : ''),
  ];
};

/** Copies the log into a fresh directory and replays it into new read models from position 0. */
const rebuildInto = async (dataDir: string, dir: string): Promise<void> => {
  const source = new Database(join(dataDir, 'events.sqlite'), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    source.prepare('VACUUM INTO ?').run(join(dir, 'events.sqlite'));
  } finally {
    source.close();
  }
  // Residents' data is sealed in the log: the projections read it opened, as the server's
  // do, with the keys of the directory the log came from.
  const residentKeys = openResidentKeyStore({
    dataDir,
    masterKey: masterKeyFor(dataDir, undefined),
  });
  const store = personalDataVault(
    openSqliteEventStore({ path: join(dir, 'events.sqlite') }),
    residentKeys,
  );
  const runner = createProjectionRunner({ store, folder: readModelFolder(dir), projections });
  try {
    await runner.start();
    const head = await lastPositionOf(store);
    if (head && !(await runner.waitFor(head, { written: true, timeoutMs: 120_000 })))
      throw new Error('the rebuild did not reach the log head');
  } finally {
    await runner.stop();
    await store.close();
    residentKeys.close();
  }
};

/**
 * Once the server at `base` caught up, compares every table of its read models row by row
 * with a rebuild from position 0 in a fresh directory.
 */
export const readModelsUnlikeRebuild = async (dataDir: string, base: string) => {
  const logPath = join(dataDir, 'events.sqlite');
  await caughtUp(base, logPath);
  const fresh = mkdtempSync(join(tmpdir(), 'gridline-rebuilt-'));
  try {
    await rebuildInto(dataDir, fresh);
    return projections.flatMap((projection) => {
      const kept = tablesOf(servingFile(readModelFolder(dataDir), projection));
      const rebuilt = tablesOf(servingFile(readModelFolder(fresh), projection));
      const names = [...new Set([...kept.keys(), ...rebuilt.keys()])];
      return names.flatMap((table) =>
        differences(`${projection.name}.${table}`, kept.get(table) ?? [], rebuilt.get(table) ?? []),
      );
    });
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
};
