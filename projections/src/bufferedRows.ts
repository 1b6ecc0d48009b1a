import type { Cell, Row, RowChange, RowReader, TableSpec } from './projection.ts';

// A batch's row changes folded in memory, written once per row when the batch ends. A
// replay's events touch the same few rows again and again (a case's row changes with each
// of its events, and every event stamps it), and writing each change through SQLite —
// the row and every index entry it moves — was most of the replay's time
// (docs/benchmarks.md). Folded, a row changed by ten events of a batch is written once.
//
// What a row's pending changes can come to, in the order they are written:
//   update            — columns of a row that existed before the batch (none if it did not)
//   delete            — the row is gone (an update before it is moot)
//   upsert            — insert, or merge into the row that is there
//   update + upsert, delete + upsert
// Reads see the batch's changes: the row as stored, with its pending changes applied.

/** The statements the buffer writes through, one row at a time. */
export interface RowStatements {
  get(table: string, key: Row): Row | undefined;
  upsert(table: string, row: Row): void;
  update(table: string, key: Row, set: Row): void;
  remove(table: string, key: Row): void;
}

interface Pending {
  readonly key: Row;
  update: Record<string, Cell> | undefined;
  deleted: boolean;
  upsert: Record<string, Cell> | undefined;
  /** The row as it stands with the changes so far; null if absent, undefined if unknown. */
  known: Row | null | undefined;
}

export interface BufferedRows extends RowReader {
  apply(changes: readonly RowChange[]): void;
  /** Writes every pending change; call inside the batch's transaction. */
  flush(): void;
  /** Forgets pending changes, when the transaction they belonged to rolled back. */
  discard(): void;
}

/** A column's DEFAULT, for rows the buffer inserts: literal numbers and 'text' only. */
const defaultOf = (definition: string): Cell | undefined => {
  const found = /\bDEFAULT\s+(.+)$/i.exec(definition)?.[1]?.trim();
  if (found === undefined) return /\bNOT NULL\b/i.test(definition) ? undefined : null;
  if (/^-?\d+(\.\d+)?$/.test(found)) return Number(found);
  if (/^'([^']|'')*'$/.test(found)) return found.slice(1, -1).replaceAll("''", "'");
  return undefined;
};

interface TableShape {
  readonly primaryKey: readonly string[];
  /** Values of the columns an insert leaves out; undefined if one cannot be known here. */
  readonly defaults: Readonly<Record<string, Cell>> | undefined;
}

const shapeOf = (table: TableSpec): TableShape => {
  const defaults: Record<string, Cell> = {};
  for (const definition of table.columns) {
    const name = definition.trim().split(/\s+/)[0]!;
    const value = defaultOf(definition);
    if (value === undefined) {
      // NOT NULL without a default: every insert names it, so nothing to fill in.
      if (/\bNOT NULL\b/i.test(definition) && !/\bDEFAULT\b/i.test(definition)) continue;
      return { primaryKey: table.primaryKey, defaults: undefined };
    }
    defaults[name] = value;
  }
  return { primaryKey: table.primaryKey, defaults };
};

const merge = (into: Record<string, Cell> | undefined, row: Row): Record<string, Cell> =>
  into ? Object.assign(into, row) : { ...row };

export const bufferedRows = (
  statements: RowStatements,
  tables: readonly TableSpec[],
): BufferedRows => {
  const shapes = new Map(tables.map((table) => [table.name, shapeOf(table)]));
  // Per table, in the order rows were first upserted, so rows get their rowids in the
  // order the events inserted them.
  const pending = new Map<string, Map<string, Pending>>();

  const shape = (table: string): TableShape => {
    const found = shapes.get(table);
    if (!found) throw new Error(`No table ${table} in this projection`);
    return found;
  };
  /** The key's text when `key` names exactly the primary key; undefined otherwise. */
  const keyText = (table: string, key: Row): string | undefined => {
    const { primaryKey } = shape(table);
    const columns = Object.keys(key);
    if (columns.length !== primaryKey.length) return undefined;
    const parts: string[] = [];
    for (const column of primaryKey) {
      if (!(column in key)) return undefined;
      const value = key[column];
      if (value === null || value === undefined) return undefined;
      parts.push(String(value));
    }
    return parts.join('\u0000');
  };
  const keyOfRow = (table: string, row: Row): Row =>
    Object.fromEntries(shape(table).primaryKey.map((column) => [column, row[column] ?? null]));
  const entry = (table: string, text: string, key: Row): Pending => {
    let rows = pending.get(table);
    if (!rows) pending.set(table, (rows = new Map()));
    let found = rows.get(text);
    if (!found) {
      found = { key, update: undefined, deleted: false, upsert: undefined, known: undefined };
      rows.set(text, found);
    }
    return found;
  };

  const write = (table: string, row: Pending): void => {
    if (row.update && !row.deleted) statements.update(table, row.key, row.update);
    if (row.deleted) statements.remove(table, row.key);
    if (row.upsert) statements.upsert(table, row.upsert);
  };
  const flushTable = (table: string): void => {
    const rows = pending.get(table);
    if (!rows) return;
    pending.delete(table);
    for (const row of rows.values()) write(table, row);
  };

  const upsert = (table: string, row: Row): void => {
    const key = keyOfRow(table, row);
    const text = keyText(table, key);
    if (text === undefined) {
      flushTable(table);
      statements.upsert(table, row);
      return;
    }
    const found = entry(table, text, key);
    if (!found.upsert) {
      // Moved last: the insert, if it is one, happens now in the events' order.
      const rows = pending.get(table)!;
      rows.delete(text);
      rows.set(text, found);
    }
    found.upsert = merge(found.upsert, row);
    const { defaults } = shape(table);
    if (found.known) found.known = { ...found.known, ...row };
    else if (found.known === null) found.known = defaults ? { ...defaults, ...row } : undefined;
  };
  const update = (table: string, key: Row, set: Row): void => {
    if (Object.keys(set).length === 0) return;
    const text = keyText(table, key);
    if (text === undefined) {
      // Not by primary key (several rows, maybe): written at once, after what is pending.
      flushTable(table);
      statements.update(table, key, set);
      return;
    }
    const found = entry(table, text, key);
    if (found.known === null) return;
    if (found.known) found.known = { ...found.known, ...set };
    if (found.upsert) found.upsert = merge(found.upsert, set);
    else if (!found.deleted) found.update = merge(found.update, set);
  };
  const remove = (table: string, key: Row): void => {
    const text = keyText(table, key);
    if (text === undefined) {
      flushTable(table);
      statements.remove(table, key);
      return;
    }
    const found = entry(table, text, key);
    found.update = undefined;
    found.upsert = undefined;
    found.deleted = true;
    found.known = null;
  };

  const get = (table: string, key: Row): Row | undefined => {
    const text = keyText(table, key);
    if (text === undefined) {
      flushTable(table);
      return statements.get(table, key);
    }
    const found = pending.get(table)?.get(text);
    if (found && found.known !== undefined) return found.known ?? undefined;
    if (found?.upsert && !shape(table).defaults) {
      // An insert whose defaults this code cannot tell: let SQLite write it, then read.
      flushTable(table);
      return get(table, key);
    }
    // The row as stored, which none of the batch's changes has reached yet.
    let row: Row | null = statements.get(table, key) ?? null;
    if (found) {
      if (found.update && row) row = { ...row, ...found.update };
      if (found.deleted) row = null;
      if (found.upsert) row = { ...(row ?? shape(table).defaults), ...found.upsert };
    }
    entry(table, text, key).known = row;
    return row ?? undefined;
  };

  return {
    get,
    apply: (changes) => {
      for (const change of changes) {
        if (change.op === 'upsert') upsert(change.table, change.row);
        else if (change.op === 'update') update(change.table, change.key, change.set);
        else remove(change.table, change.key);
      }
    },
    flush: () => {
      for (const table of [...pending.keys()]) flushTable(table);
    },
    discard: () => pending.clear(),
  };
};
