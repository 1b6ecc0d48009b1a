import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  createIndexes,
  createTables,
  rowWriter,
  type Projection,
  type RowWriter,
} from '@gridline/projections';
import type { Position } from '../eventStore/port.ts';

// One SQLite file per projection version and generation, in the data directory's
// `readmodels/` folder: `<name>.v<version>.g<generation>.sqlite`. A rebuild writes the
// next generation beside the one that serves, and takes over once it has caught up.

export interface ReadModelFile {
  readonly projection: Projection;
  readonly version: number;
  readonly generation: number;
  readonly path: string;
  readonly db: Database.Database;
  readonly writer: RowWriter;
  /** The last event applied; undefined before the first. */
  checkpoint(): Position | undefined;
  /** Whether it once caught up with the log, so it may serve reads. */
  ready(): boolean;
  /** Applies work and moves the checkpoint in one transaction (exactly-once effect). */
  commit(work: () => void, checkpoint: Position): void;
  /** Creates the indexes if they were deferred, then lets the file serve. */
  markReady(): void;
  /** Whether the secondary indexes wait for the rows (a build from position 0). */
  indexesDeferred(): boolean;
  /** Creates the deferred indexes. */
  createIndexes(): void;
  /** Reads the checkpoint and state again, after another connection (a bulk build) wrote. */
  refresh(): void;
  /**
   * Gathers the statistics SQLite's planner chooses indexes by, for tables that have none
   * or have changed much since (sampled: milliseconds, not a full ANALYZE). Without them
   * it picked a range on (status, deadline) and sorted thousands of cases for a board page
   * that an ordered index answers by reading fifty (docs/benchmarks.md).
   */
  optimize(): void;
  close(): void;
}

const fileName = (name: string, version: number, generation: number) =>
  `${name}.v${version}.g${generation}.sqlite`;

const filePattern = /^(?<name>[a-z][a-z0-9_]*)\.v(?<version>\d+)\.g(?<generation>\d+)\.sqlite$/;

export interface ReadModelFileName {
  readonly file: string;
  readonly name: string;
  readonly version: number;
  readonly generation: number;
}

/** The read-model files in a folder, newest generation last. */
export const listReadModelFiles = (folder: string): ReadModelFileName[] =>
  (existsSync(folder) ? readdirSync(folder) : [])
    .flatMap((file) => {
      const groups = filePattern.exec(file)?.groups;
      return groups
        ? [
            {
              file,
              name: groups['name']!,
              version: Number(groups['version']),
              generation: Number(groups['generation']),
            },
          ]
        : [];
    })
    .sort((a, b) => a.version - b.version || a.generation - b.generation);

export interface ReadModelFileOptions {
  readonly version?: number;
  /**
   * A new file (no checkpoint yet) gets its tables without their secondary indexes, which
   * `createIndexes` (or `markReady`) adds once the rows are in.
   */
  readonly deferIndexes?: boolean;
}

export const openReadModelFile = (
  folder: string,
  projection: Projection,
  generation: number,
  { version = projection.version, deferIndexes = false }: ReadModelFileOptions = {},
): ReadModelFile => {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, fileName(projection.name, version, generation));
  const db = new Database(path, { timeout: 10_000 });
  db.pragma('journal_mode = WAL');
  // A read model can always be rebuilt from the log: losing the last batch on power
  // loss costs a replay of it, not data.
  db.pragma('synchronous = NORMAL');
  // A replay rewrites rows and index entries all over the file: with SQLite's default 2 MB
  // page cache and a checkpoint (with its fsync) every 4 MB of WAL, that cost more than the
  // writes (docs/benchmarks.md). Up to 64 MB of cache, and a checkpoint every 80 MB.
  db.pragma('cache_size = -65536');
  db.pragma('wal_autocheckpoint = 20000');
  db.exec('CREATE TABLE IF NOT EXISTS runner_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const read = db.prepare<[string], { value: string }>(
    'SELECT value FROM runner_state WHERE key = ?',
  );
  const write = db.prepare<[string, string]>(
    'INSERT INTO runner_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  if (version === projection.version) {
    const fresh = read.get('position') === undefined && read.get('indexes') === undefined;
    if (fresh && deferIndexes) {
      db.transaction(() => {
        createTables(db, projection.tables, { indexes: false });
        write.run('indexes', 'deferred');
      })();
    } else if (read.get('indexes')?.value !== 'deferred') {
      createTables(db, projection.tables);
    }
  }
  const parse = (text: string | undefined): Position | undefined => {
    if (text === undefined) return undefined;
    const [commit, prepare] = text.split('/');
    return { commit: BigInt(commit!), prepare: BigInt(prepare!) };
  };
  const optimize = (): void => {
    db.pragma('analysis_limit = 1000');
    db.pragma('optimize = 0x10002');
  };
  let checkpoint = parse(read.get('position')?.value);
  let ready = read.get('ready')?.value === 'true';
  let deferred = read.get('indexes')?.value === 'deferred';
  const buildIndexes = (): void => {
    if (!deferred) return;
    db.transaction(() => {
      createIndexes(db, projection.tables);
      write.run('indexes', 'built');
    })();
    deferred = false;
  };
  const writer =
    version === projection.version
      ? rowWriter(db, projection.tables)
      : {
          get: () => undefined,
          apply: () => {
            throw new Error(`${path} holds an older version: it is read, never written`);
          },
          flush: () => {},
          discard: () => {},
        };
  return {
    projection,
    version,
    generation,
    path,
    db,
    writer,
    checkpoint: () => checkpoint,
    ready: () => ready,
    commit: (work, position) => {
      db.transaction(() => {
        work();
        write.run('position', `${position.commit}/${position.prepare}`);
      })();
      checkpoint = position;
    },
    markReady: () => {
      buildIndexes();
      write.run('ready', 'true');
      ready = true;
      optimize();
    },
    indexesDeferred: () => deferred,
    createIndexes: buildIndexes,
    refresh: () => {
      checkpoint = parse(read.get('position')?.value);
      ready = read.get('ready')?.value === 'true';
      deferred = read.get('indexes')?.value === 'deferred';
    },
    optimize,
    close: () => db.close(),
  };
};

/** Removes a read-model file and its WAL companions. */
export const removeReadModelFile = (folder: string, file: string): void => {
  for (const suffix of ['', '-wal', '-shm'])
    rmSync(join(folder, `${file}${suffix}`), { force: true });
};
