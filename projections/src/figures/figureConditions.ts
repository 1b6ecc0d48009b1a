import type Database from 'better-sqlite3';
import type { Condition } from '../listing.ts';
import type { Cell, Row } from '../projection.ts';
import type { FigureScope, FigureSlice, TimeWindow } from './figureRequest.ts';

// The WHERE clauses every figure query is made of: a scope on some table's place columns,
// a source on the case, a window on some time column.

/** A table's alias and, for tables that name places differently, its place columns. */
export interface PlaceColumns {
  readonly street: string;
  readonly community: string;
  readonly grid: string;
}

export const placeColumnsOf = (alias: string): PlaceColumns => ({
  street: `${alias}.street_id`,
  community: `${alias}.community_id`,
  grid: `${alias}.grid_id`,
});

export const inScope = (scope: FigureScope, columns: PlaceColumns): Condition[] =>
  scope.kind === 'district' ? [] : [{ sql: `${columns[scope.kind]} = ?`, params: [scope.id] }];

export const withinWindow = (column: string, { from, to }: TimeWindow): Condition[] => [
  { sql: `${column} >= ? AND ${column} < ?`, params: [from, to] },
];

/** The scope and source of a case, or of a fact that carries its case's (aliased `alias`). */
export const ofCases = ({ scope, source }: FigureSlice, alias = 'c'): Condition[] => [
  ...inScope(scope, placeColumnsOf(alias)),
  ...(source === null ? [] : [{ sql: `${alias}.source = ?`, params: [source] }]),
];

export const whereAll = (conditions: readonly Condition[]): { sql: string; params: Cell[] } => ({
  sql: conditions.length === 0 ? '' : `WHERE ${conditions.map((c) => `(${c.sql})`).join(' AND ')}`,
  params: conditions.flatMap((c) => [...c.params]),
});

export interface FigureSelect {
  /** `SELECT … FROM …`, with `?` only for `selectParams`. */
  readonly select: string;
  readonly selectParams?: readonly Cell[];
  readonly where: readonly Condition[];
  /** What follows the WHERE: GROUP BY, a closing parenthesis. */
  readonly tail?: string;
}

/** Runs the query and returns the rows; statements are prepared once per database. */
export const selectRows = (db: Database.Database, query: FigureSelect): Row[] => {
  const where = whereAll(query.where);
  return prepared(db, `${query.select} ${where.sql} ${query.tail ?? ''}`).all(
    ...(query.selectParams ?? []),
    ...where.params,
  ) as Row[];
};

/** The one row of an aggregate query. */
export const selectRow = (db: Database.Database, query: FigureSelect): Row | undefined =>
  selectRows(db, query)[0];

/** A count column as a number: SUM over no rows is NULL in SQL, zero here. */
export const count = (row: Row | undefined, column: string): number => Number(row?.[column] ?? 0);

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

const prepared = (db: Database.Database, sql: string): Database.Statement => {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
};
