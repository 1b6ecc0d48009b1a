import type Database from 'better-sqlite3';
import type { Row } from '../projection.ts';
import { scopeCondition, type ReadScope } from '../readScope.ts';

export interface PatchGrid {
  readonly gridId: string;
  readonly name: string;
  readonly communityId: string;
  readonly streetId: string;
}

export interface PatchBuilding {
  readonly buildingId: string;
  readonly name: string;
  readonly households: number;
  readonly lastVisit: {
    readonly recordedAt: string;
    readonly endedAt: string;
    readonly inspectionId: string;
    readonly inspectorId: string;
    readonly householdsVisited: number;
  } | null;
  readonly notVisitedFor7Days: boolean;
  readonly notVisitedFor30Days: boolean;
}

export const placeColumns = { street: 'street_id', community: 'community_id', grid: 'grid_id' };

const gridOf = (row: Row): PatchGrid => ({
  gridId: String(row['grid_id']),
  name: String(row['name']),
  communityId: String(row['community_id']),
  streetId: String(row['street_id']),
});

/**
 * The grid, whether the reader may see it, or nothing when there is no such grid. The two
 * are told apart so an unknown grid is a 404 and someone else's a 403.
 */
export const findPatchGrid = (
  db: Database.Database,
  scope: ReadScope,
  gridId: string,
): { readonly grid: PatchGrid; readonly readable: boolean } | undefined => {
  const row = db.prepare('SELECT * FROM patch_grids WHERE grid_id = ?').get(gridId) as
    Row | undefined;
  if (!row) return undefined;
  const conditions = scopeCondition(scope, placeColumns);
  const readable =
    db
      .prepare(
        `SELECT 1 FROM patch_grids WHERE grid_id = ?${conditions.map((c) => ` AND ${c.sql}`).join('')}`,
      )
      .get(gridId, ...conditions.flatMap((c) => c.params)) !== undefined;
  return { grid: gridOf(row), readable };
};

const daysBefore = (now: Date, days: number): string =>
  new Date(now.getTime() - days * 86_400_000).toISOString();

/** The grid's buildings, the ones longest unvisited (or never) first. */
export const patchBuildings = (
  db: Database.Database,
  gridId: string,
  now: Date,
): PatchBuilding[] => {
  // The spans inspection coverage is read over (docs/figures.md, "Patrols").
  const week = daysBefore(now, 7);
  const month = daysBefore(now, 30);
  const rows = db
    .prepare(
      'SELECT * FROM patch_buildings WHERE grid_id = ? ' +
        'ORDER BY last_visit_at IS NOT NULL, last_visit_at, building_id',
    )
    .all(gridId) as Row[];
  return rows.map((row) => {
    const at = row['last_visit_at'] === null ? null : String(row['last_visit_at']);
    return {
      buildingId: String(row['building_id']),
      name: String(row['name']),
      households: Number(row['households']),
      lastVisit:
        at === null
          ? null
          : {
              recordedAt: at,
              endedAt: String(row['last_visit_ended_at']),
              inspectionId: String(row['last_inspection_id']),
              inspectorId: String(row['last_inspector_id']),
              householdsVisited: Number(row['last_households_visited']),
            },
      notVisitedFor7Days: at === null || at < week,
      notVisitedFor30Days: at === null || at < month,
    };
  });
};
