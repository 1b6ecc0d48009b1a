import Database from 'better-sqlite3';
import { join } from 'node:path';
import { listReadModelFiles } from '@gridline/backend/readModels/readModelFile.ts';

// Every row of every read-model file in a folder, in a stable order, to compare builds.

/** Every row of one read-model file but its runner state, each table in column order. */
export const rowsOf = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables
        .filter((table) => table !== 'runner_state' && !table.startsWith('sqlite_'))
        .map((table) => {
          const columns = db.prepare(`PRAGMA table_info("${table}")`).all() as { cid: number }[];
          const order = columns.map((column) => column.cid + 1).join(', ');
          return [table, db.prepare(`SELECT * FROM "${table}" ORDER BY ${order}`).all()];
        }),
    );
  } finally {
    db.close();
  }
};

export const rowsIn = (folder: string) =>
  Object.fromEntries(
    listReadModelFiles(folder).map((file) => [file.name, rowsOf(join(folder, file.file))]),
  );
