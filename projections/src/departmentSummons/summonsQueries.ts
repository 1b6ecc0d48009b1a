import type Database from 'better-sqlite3';
import { equals, listPage, type Condition, type Page, type PageRequest } from '../listing.ts';
import type { Row } from '../projection.ts';
import { scopeCondition, type ReadScope } from '../readScope.ts';

/** One department's part in one summons, as the API shows it. */
export interface SummonsItem {
  readonly caseId: string;
  readonly summonsId: string;
  readonly departmentId: string;
  readonly role: 'lead' | 'assisting';
  readonly urgent: boolean;
  readonly summonedAt: string;
  readonly reportBy: string;
  readonly reportedAt: string | null;
  readonly withdrawnAt: string | null;
  /** Neither reported nor withdrawn: the department still owes its report. */
  readonly open: boolean;
  /** Open past its report deadline. */
  readonly overdue: boolean;
  /** Reported by its deadline; null while it has not reported. */
  readonly reportedOnTime: boolean | null;
  /** The level that summoned; null when the event predates recording it. */
  readonly summoningLevel: string | null;
  readonly case: {
    readonly title: string;
    readonly place: {
      readonly streetId: string;
      readonly communityId: string;
      readonly gridId: string;
    };
  };
}

export interface SummonsFilters {
  readonly department?: string | undefined;
  readonly case?: string | undefined;
  readonly open?: boolean | undefined;
  readonly overdue?: boolean | undefined;
}

export const openSummons = 'reported_at IS NULL AND withdrawn_at IS NULL';

/** Liaisons read their own department's summonses; everyone else by the case's place. */
export const summonsScope = (scope: ReadScope): Condition[] =>
  scopeCondition(scope, {
    street: 'street_id',
    community: 'community_id',
    grid: 'grid_id',
    department: (departmentId) => ({ sql: 'department_id = ?', params: [departmentId] }),
  });

const flagged = (flag: boolean | undefined, sql: string, params: Row[string][]): Condition[] =>
  flag === undefined ? [] : [{ sql: flag ? `(${sql})` : `NOT (${sql})`, params }];

export const summonsConditions = (
  scope: ReadScope,
  filters: SummonsFilters,
  now: Date,
): Condition[] => [
  ...summonsScope(scope),
  ...equals('department_id', filters.department),
  ...equals('case_id', filters.case),
  ...flagged(filters.open, openSummons, []),
  ...flagged(filters.overdue, `${openSummons} AND report_by < ?`, [now.toISOString()]),
];

const text = (value: unknown): string | null => (value === null ? null : String(value));

const summonsItem =
  (now: Date) =>
  (row: Row): SummonsItem => {
    const reportedAt = text(row['reported_at']);
    const withdrawnAt = text(row['withdrawn_at']);
    const reportBy = String(row['report_by']);
    const open = reportedAt === null && withdrawnAt === null;
    return {
      caseId: String(row['case_id']),
      summonsId: String(row['summons_id']),
      departmentId: String(row['department_id']),
      role: row['role'] as SummonsItem['role'],
      urgent: row['urgent'] === 1,
      summonedAt: String(row['summoned_at']),
      reportBy,
      reportedAt,
      withdrawnAt,
      open,
      overdue: open && reportBy < now.toISOString(),
      reportedOnTime: reportedAt === null ? null : reportedAt <= reportBy,
      summoningLevel: text(row['summoning_level']),
      case: {
        title: String(row['title']),
        place: {
          streetId: String(row['street_id']),
          communityId: String(row['community_id']),
          gridId: String(row['grid_id']),
        },
      },
    };
  };

/** Sort keys the summons list offers, and their columns. */
export const summonsSorts = { reportBy: 'report_by', summoned: 'summoned_at' } as const;

/** A page of summonses for a reader: by report deadline unless sorted. */
export const listSummonses = (
  db: Database.Database,
  request: Omit<PageRequest, 'conditions'> & {
    readonly scope: ReadScope;
    readonly filters: SummonsFilters;
    readonly now: Date;
  },
): Page<SummonsItem> =>
  listPage(
    db,
    'summonses',
    'row_id',
    { ...request, conditions: summonsConditions(request.scope, request.filters, request.now) },
    summonsItem(request.now),
  );
