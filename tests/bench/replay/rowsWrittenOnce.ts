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
  /**
   * This thread's CPU time for the same: the seconds above also hold waits for the disk
   * (a checkpoint's fsync), which a CPU budget does not pay.
   */
  readonly writeCpuSeconds: number;
  readonly indexCpuSeconds: number;
}

/** Wall and CPU seconds of `work` on this thread. */
const timed = (work: () => void): { wall: number; cpu: number } => {
  const wallBefore = performance.now();
  const cpuBefore = process.threadCpuUsage();
  work();
  const cpu = process.threadCpuUsage(cpuBefore);
  return { wall: (performance.now() - wallBefore) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
};

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
    const writing = { wall: 0, cpu: 0 };
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
        const spent = timed(() => write(batch));
        writing.wall += spent.wall;
        writing.cpu += spent.cpu;
        batch = [];
      };
      for (const row of read.iterate() as IterableIterator<unknown[]>) {
        batch.push(row);
        rows += 1;
        if (batch.length === batchRows) flush();
      }
      flush();
    }
    const indexing = timed(() => {
      for (const sql of indexes) to.exec(sql);
    });
    return {
      rows,
      writeSeconds: writing.wall,
      indexSeconds: indexing.wall,
      writeCpuSeconds: writing.cpu,
      indexCpuSeconds: indexing.cpu,
    };
  } finally {
    from.close();
    to.close();
  }
};

/** Every read-model file of `folder` copied row by row into `scratch`, timed. */
export const rowsWrittenOnce = (folder: string, scratch: string): RowsWrittenOnce => {
  const total = {
    rows: 0,
    writeSeconds: 0,
    indexSeconds: 0,
    writeCpuSeconds: 0,
    indexCpuSeconds: 0,
  };
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.sqlite'))) {
    const target = join(scratch, file);
    try {
      const one = copyFile(join(folder, file), target);
      total.rows += one.rows;
      total.writeSeconds += one.writeSeconds;
      total.indexSeconds += one.indexSeconds;
      total.writeCpuSeconds += one.writeCpuSeconds;
      total.indexCpuSeconds += one.indexCpuSeconds;
    } finally {
      for (const suffix of ['', '-wal', '-shm']) rmSync(target + suffix, { force: true });
    }
  }
  return total;
};
