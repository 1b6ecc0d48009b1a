import type Database from 'better-sqlite3';
import { bufferedRows, type BufferedRows, type RowStatements } from './bufferedRows.ts';
import type { Cell, Row, TableSpec } from './projection.ts';

// Row changes into SQL, with one prepared statement per shape of change, folded per row
// over a batch (bufferedRows.ts). Shared by the runner and the projection spec helper, so
// a projection is tested the way it runs.

const quote = (name: string): string => {
  // Table and column names come from code, never from events; refuse anything odd anyway.
  if (!/^[a-z_][a-z0-9_]*$/i.test(name)) throw new Error(`Not a SQL name: ${name}`);
  return `"${name}"`;
};

const bind = (row: Row): Cell[] => Object.values(row);

export type RowWriter = BufferedRows;

/**
 * CREATE TABLE statements for a projection's tables, and their indexes unless `indexes` is
 * false: a read model built from position 0 adds them once its rows are in
 * (`createIndexes`), because one sort per index costs far less than keeping every index
 * in order through a million inserts (docs/benchmarks.md).
 */
export const createTables = (
  db: Database.Database,
  tables: readonly TableSpec[],
  { indexes = true }: { indexes?: boolean } = {},
): void => {
  for (const table of tables) {
    const primaryKey = `PRIMARY KEY (${table.primaryKey.map(quote).join(', ')})`;
    db.exec(
      `CREATE TABLE IF NOT EXISTS ${quote(table.name)} (${[...table.columns, primaryKey].join(', ')})`,
    );
  }
  if (indexes) createIndexes(db, tables);
};

/** CREATE INDEX statements for a projection's tables (those missing). */
export const createIndexes = (db: Database.Database, tables: readonly TableSpec[]): void => {
  for (const table of tables) {
    (table.indexes ?? []).forEach((index, number) => {
      db.exec(
        `CREATE INDEX IF NOT EXISTS ${quote(`${table.name}_${number}`)} ON ${quote(table.name)} ${index}`,
      );
    });
  }
};

/** Each change written at once: what the buffer writes through, and what it must equal. */
export const rowStatements = (
  db: Database.Database,
  tables: readonly TableSpec[],
): RowStatements => {
  const keys = new Map(tables.map((table) => [table.name, table.primaryKey]));
  const statements = new Map<string, Database.Statement>();
  const statement = (signature: string, sql: () => string): Database.Statement => {
    let prepared = statements.get(signature);
    if (!prepared) {
      prepared = db.prepare(sql());
      statements.set(signature, prepared);
    }
    return prepared;
  };
  const keyOf = (table: string): readonly string[] => {
    const key = keys.get(table);
    if (!key) throw new Error(`No table ${table} in this projection`);
    return key;
  };
  const where = (columns: readonly string[]) => columns.map((c) => `${quote(c)} = ?`).join(' AND ');

  const upsert = (table: string, row: Row): void => {
    const columns = Object.keys(row);
    const key = keyOf(table);
    const others = columns.filter((column) => !key.includes(column));
    const sql = () =>
      `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ` +
      `ON CONFLICT (${key.map(quote).join(', ')}) DO ` +
      (others.length === 0
        ? 'NOTHING'
        : `UPDATE SET ${others.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ')}`);
    statement(`u|${table}|${columns.join(',')}`, sql).run(bind(row));
  };
  const update = (table: string, key: Row, set: Row): void => {
    const columns = Object.keys(set);
    if (columns.length === 0) return;
    const sql = () =>
      `UPDATE ${quote(table)} SET ${columns.map((c) => `${quote(c)} = ?`).join(', ')} WHERE ${where(Object.keys(key))}`;
    statement(`s|${table}|${columns.join(',')}|${Object.keys(key).join(',')}`, sql).run([
      ...bind(set),
      ...bind(key),
    ]);
  };
  const remove = (table: string, key: Row): void => {
    const sql = () => `DELETE FROM ${quote(table)} WHERE ${where(Object.keys(key))}`;
    statement(`d|${table}|${Object.keys(key).join(',')}`, sql).run(bind(key));
  };

  return {
    get: (table, key) => {
      keyOf(table);
      const sql = () => `SELECT * FROM ${quote(table)} WHERE ${where(Object.keys(key))}`;
      return statement(`g|${table}|${Object.keys(key).join(',')}`, sql).get(bind(key)) as
        Row | undefined;
    },
    upsert,
    update,
    remove,
  };
};

/** Row changes of a batch, folded per row; `flush` writes them (in the batch's transaction). */
export const rowWriter = (db: Database.Database, tables: readonly TableSpec[]): RowWriter =>
  bufferedRows(rowStatements(db, tables), tables);
