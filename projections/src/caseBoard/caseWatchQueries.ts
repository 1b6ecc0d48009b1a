import type Database from 'better-sqlite3';
import type { Cell } from '../projection.ts';
import type { ReadScope } from '../readScope.ts';
import { caseBoardConditions, openAndDueBefore } from './caseBoardQueries.ts';

// What the backend's watchers ask of the case board: which open cases are past their
// deadline (the deadline process), and which changed cases a reader may see (live updates).

/** An open case whose deadline in force has passed, as the board has it now. */
export interface OverdueCase {
  readonly caseId: string;
  /** The level the case is at. */
  readonly level: string;
  /** The level whose deadline is in force (the case's level, but for older rows). */
  readonly deadlineLevel: string;
  readonly deadline: string;
  /** The log position of the case's last change on the board. */
  readonly lastPosition: number;
}

/** Where the previous page of overdue cases ended. */
export interface OverdueCursor {
  readonly deadline: string;
  readonly caseId: string;
}

interface OverdueRow {
  case_id: string;
  level: string;
  deadline_level: string | null;
  deadline: string;
  last_position: number;
}

/**
 * Up to `limit` open cases due before `now`, most overdue first, after `cursor`. Keyset
 * paged on the partial index over open cases, so a page costs the same however many are
 * due: worded as that index is keyed (`openAndDueBefore`), or SQLite sorted every overdue
 * case for each page (60 ms a page at 10M events, every minute, for all of them).
 */
export const overdueCases = (
  db: Database.Database,
  now: Date,
  limit: number,
  cursor: OverdueCursor | null = null,
): OverdueCase[] => {
  const after = cursor ? 'AND (deadline > ? OR (deadline = ? AND case_id > ?))' : '';
  const params: Cell[] = [now.toISOString()];
  if (cursor) params.push(cursor.deadline, cursor.deadline, cursor.caseId);
  const rows = db
    .prepare<Cell[], OverdueRow>(
      `SELECT case_id, level, deadline_level, deadline, last_position FROM cases
       WHERE ${openAndDueBefore} < ? ${after}
       ORDER BY deadline, case_id LIMIT ?`,
    )
    .all(...params, limit);
  return rows.map((row) => ({
    caseId: row.case_id,
    level: row.level,
    deadlineLevel: row.deadline_level ?? row.level,
    deadline: row.deadline,
    lastPosition: Number(row.last_position),
  }));
};

/**
 * Those of `caseIds` a reader of `scope` may see: the board's own scope rule (place, or
 * for a department the cases it holds or was summoned to), so a live update never
 * reaches anyone the board would not show the case to.
 */
export const casesInScope = (
  db: Database.Database,
  scope: ReadScope,
  caseIds: readonly string[],
): Set<string> => {
  if (caseIds.length === 0) return new Set();
  const conditions = caseBoardConditions(scope, {}, new Date(0));
  const where = [
    `case_id IN (${caseIds.map(() => '?').join(', ')})`,
    ...conditions.map((c) => c.sql),
  ];
  const rows = db
    .prepare<Cell[], { case_id: string }>(`SELECT case_id FROM cases WHERE ${where.join(' AND ')}`)
    .all(...caseIds, ...conditions.flatMap((condition) => condition.params));
  return new Set(rows.map((row) => row.case_id));
};
