import type Database from 'better-sqlite3';
import { equals, type Condition } from '../listing.ts';
import type { Row } from '../projection.ts';
import type { ReadScope } from '../readScope.ts';
import { openSummons, summonsScope } from './summonsQueries.ts';

// Department response (部门报到, docs/figures.md): per department, the summonses it
// reported by its own deadline ÷ the summonses it got, withdrawn ones counted apart.

export interface DepartmentResponse {
  readonly departmentId: string;
  /** Every summons the department got in the window, withdrawn ones included. */
  readonly summoned: number;
  readonly withdrawn: number;
  readonly reportedOnTime: number;
  readonly reportedLate: number;
  /** Still owed: neither reported nor withdrawn. */
  readonly open: number;
  /** Of the open ones, those past their report deadline. */
  readonly overdue: number;
  /** reportedOnTime ÷ (summoned − withdrawn); null when that is none. */
  readonly onTimeRate: number | null;
}

export interface DepartmentResponseFilters {
  readonly department?: string | undefined;
  /** Summoned at or after this instant. */
  readonly from?: string | undefined;
  /** Summoned before this instant. */
  readonly to?: string | undefined;
}

const windowed = (column: string, operator: '>=' | '<', value: string | undefined): Condition[] =>
  value === undefined ? [] : [{ sql: `${column} ${operator} ?`, params: [value] }];

/** One line per department the reader's scope reaches, by department id. */
export const departmentResponses = (
  db: Database.Database,
  scope: ReadScope,
  filters: DepartmentResponseFilters,
  now: Date,
): DepartmentResponse[] => {
  const conditions = [
    ...summonsScope(scope),
    ...equals('department_id', filters.department),
    ...windowed('summoned_at', '>=', filters.from),
    ...windowed('summoned_at', '<', filters.to),
  ];
  const where = conditions.length ? `WHERE ${conditions.map((c) => c.sql).join(' AND ')}` : '';
  const rows = db
    .prepare(
      `SELECT department_id,
         COUNT(*) AS summoned,
         COUNT(withdrawn_at) AS withdrawn,
         SUM(reported_at <= report_by) AS on_time,
         SUM(reported_at > report_by) AS late,
         SUM(${openSummons}) AS open,
         SUM(${openSummons} AND report_by < ?) AS overdue
       FROM summonses ${where} GROUP BY department_id ORDER BY department_id`,
    )
    .all(now.toISOString(), ...conditions.flatMap((c) => c.params)) as Row[];
  return rows.map((row) => {
    const summoned = Number(row['summoned']);
    const withdrawn = Number(row['withdrawn']);
    const reportedOnTime = Number(row['on_time'] ?? 0);
    return {
      departmentId: String(row['department_id']),
      summoned,
      withdrawn,
      reportedOnTime,
      reportedLate: Number(row['late'] ?? 0),
      open: Number(row['open']),
      overdue: Number(row['overdue']),
      onTimeRate: summoned > withdrawn ? reportedOnTime / (summoned - withdrawn) : null,
    };
  });
};
