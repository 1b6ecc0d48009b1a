import type Database from 'better-sqlite3';
import type { Row } from '../projection.ts';

// Inspections per grid worker per week (docs/figures.md, "Patrols"). A week here is a span
// of 7 days ending at `now`, then the 7 before it and so on: no calendar or time zone is
// needed, and this week's figure never drops to zero on a Monday morning.

export interface ActivityWeek {
  /** The span, from (exclusive) to (inclusive), by the server's clock. */
  readonly from: string;
  readonly to: string;
  readonly inspections: number;
  readonly householdsVisited: number;
  readonly welfareChecks: number;
}

export interface WorkerActivity {
  readonly inspectorId: string;
  /** The newest week first; weeks without a patrol are there with zeros. */
  readonly weeks: ActivityWeek[];
}

const weekMs = 7 * 86_400_000;

/** Each inspector who patrolled the grid in the last `weeks` weeks, week by week. */
export const workerActivity = (
  db: Database.Database,
  gridId: string,
  now: Date,
  weeks: number,
): WorkerActivity[] => {
  const bounds = Array.from({ length: weeks + 1 }, (_, n) =>
    new Date(now.getTime() - n * weekMs).toISOString(),
  );
  const rows = db
    .prepare(
      'SELECT inspector_id, recorded_at, households_visited, welfare_checks FROM patch_inspections ' +
        'WHERE grid_id = ? AND recorded_at > ? AND recorded_at <= ? ORDER BY inspector_id',
    )
    .all(gridId, bounds[weeks], bounds[0]) as Row[];
  const byInspector = new Map<string, ActivityWeek[]>();
  for (const row of rows) {
    const inspectorId = String(row['inspector_id']);
    let spans = byInspector.get(inspectorId);
    if (!spans) {
      spans = bounds.slice(0, weeks).map((to, n) => ({
        from: bounds[n + 1]!,
        to,
        inspections: 0,
        householdsVisited: 0,
        welfareChecks: 0,
      }));
      byInspector.set(inspectorId, spans);
    }
    const at = String(row['recorded_at']);
    const n = bounds.findIndex((bound, i) => i > 0 && at > bound) - 1;
    const span = spans[n]!;
    spans[n] = {
      ...span,
      inspections: span.inspections + 1,
      householdsVisited: span.householdsVisited + Number(row['households_visited']),
      welfareChecks: span.welfareChecks + Number(row['welfare_checks']),
    };
  }
  return [...byInspector].map(([inspectorId, spans]) => ({ inspectorId, weeks: spans }));
};
