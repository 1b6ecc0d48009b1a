import type Database from 'better-sqlite3';
import type { Cell, Row } from './projection.ts';

// One way to list rows for every read model: filters as SQL conditions, one sort column
// with the row's key as the tie-break, and keyset pagination — the cursor is the last
// row's sort value and key, so a page costs an index seek however deep the list goes.

export type SortDirection = 'asc' | 'desc';

export interface Condition {
  readonly sql: string;
  readonly params: readonly Cell[];
}

export interface PageRequest {
  readonly conditions: readonly Condition[];
  readonly sort: { readonly column: string; readonly direction: SortDirection };
  readonly cursor: PageCursor | null;
  readonly limit: number;
}

/** Where the previous page ended: its last row's sort value and key. */
export interface PageCursor {
  readonly value: Cell;
  readonly key: string;
}

export interface Page<Item> {
  readonly items: Item[];
  readonly nextCursor: PageCursor | null;
}

const name = (column: string): string => {
  if (!/^[a-z_][a-z0-9_]*$/.test(column)) throw new Error(`Not a column: ${column}`);
  return column;
};

/**
 * A page of `table`, keyed by `keyColumn`. Nulls sort last whichever the direction, so
 * a case with no deadline never crowds out the ones that are due.
 */
export const listPage = <Item>(
  db: Database.Database,
  table: string,
  keyColumn: string,
  request: PageRequest,
  toItem: (row: Row) => Item,
): Page<Item> => {
  const column = name(request.sort.column);
  const key = name(keyColumn);
  const descending = request.sort.direction === 'desc';
  const conditions = [...request.conditions];
  if (request.cursor) {
    const { value, key: lastKey } = request.cursor;
    const after = descending ? '<' : '>';
    conditions.push(
      value === null
        ? // Past the last non-null row: only nulls remain, ordered by key.
          { sql: `(${column} IS NULL AND ${key} > ?)`, params: [lastKey] }
        : {
            sql: `(${column} ${after} ? OR (${column} = ? AND ${key} > ?) OR ${column} IS NULL)`,
            params: [value, value, lastKey],
          },
    );
  }
  const where = conditions.length ? `WHERE ${conditions.map((c) => c.sql).join(' AND ')}` : '';
  const sql =
    `SELECT * FROM ${name(table)} ${where} ` +
    `ORDER BY ${column} IS NULL, ${column} ${descending ? 'DESC' : 'ASC'}, ${key} ASC LIMIT ?`;
  const rows = db
    .prepare(sql)
    .all(...conditions.flatMap((c) => c.params), request.limit + 1) as Row[];
  const more = rows.length > request.limit;
  const shown = more ? rows.slice(0, request.limit) : rows;
  const last = shown.at(-1);
  return {
    items: shown.map(toItem),
    nextCursor: more && last ? { value: last[column] ?? null, key: String(last[key]) } : null,
  };
};

/** `column = ?` when a value is given. */
export const equals = (column: string, value: Cell | undefined): Condition[] =>
  value === undefined ? [] : [{ sql: `${name(column)} = ?`, params: [value] }];
