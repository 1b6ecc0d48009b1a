import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

// What a replay could not go below, whatever its projections did: every row the read
// models end with, written once into a fresh file the way the runner writes (WAL, the
// runner's page cache and checkpoints, one transaction per 20,000 rows), then their
// indexes created. A replay writes more than this (a case's row changes with its events,
// folded only within a batch), so its own SQLite time is above it.

export interface RowsWrittenOnce {
  readonly rows: number;
  readonly writeSeconds: number;
  readonly indexSeconds: number;
}

const batchRows = 20_000;

const copyFile = (source: string, target: string): RowsWrittenOnce => {
  const from = new Database(source, { readonly: true });
  const to = new Database(target);
  try {
    to.pragma('journal_mode = WAL');
    to.pragma('synchronous = NORMAL');
    to.pragma('cache_size = -65536');
    to.pragma('wal_autocheckpoint = 20000');
    const tables = from
      .prepare<[], { name: string; sql: string }>(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
      .all();
    const indexes = from
      .prepare<[], string>("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
      .pluck()
      .all();
    let rows = 0;
    let writing = 0;
    for (const { name, sql } of tables) {
      to.exec(sql);
      const read = from.prepare(`SELECT * FROM "${name}"`).raw();
      const columns = read.columns().map((column) => `"${column.name}"`);
      const insert = to.prepare(
        `INSERT INTO "${name}" (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      const write = to.transaction((batch: unknown[][]) => {
        for (const row of batch) insert.run(row);
      });
      let batch: unknown[][] = [];
      const flush = () => {
        const began = performance.now();
        write(batch);
        writing += performance.now() - began;
        batch = [];
      };
      for (const row of read.iterate() as IterableIterator<unknown[]>) {
        batch.push(row);
        rows += 1;
        if (batch.length === batchRows) flush();
      }
      flush();
    }
    const began = performance.now();
    for (const sql of indexes) to.exec(sql);
    return {
      rows,
      writeSeconds: writing / 1000,
      indexSeconds: (performance.now() - began) / 1000,
    };
  } finally {
    from.close();
    to.close();
  }
};

/** Every read-model file of `folder` copied row by row into `scratch`, timed. */
export const rowsWrittenOnce = (folder: string, scratch: string): RowsWrittenOnce => {
  const total = { rows: 0, writeSeconds: 0, indexSeconds: 0 };
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.sqlite'))) {
    const target = join(scratch, file);
    try {
      const one = copyFile(join(folder, file), target);
      total.rows += one.rows;
      total.writeSeconds += one.writeSeconds;
      total.indexSeconds += one.indexSeconds;
    } finally {
      for (const suffix of ['', '-wal', '-shm']) rmSync(target + suffix, { force: true });
    }
  }
  return total;
};
