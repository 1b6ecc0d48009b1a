import type { CaseBoardItem } from '../caseBoard/caseBoardQueries.ts';
import type { PatchBuilding, PatchGrid } from '../gridPatch/gridPatchQueries.ts';
import type { PatchInspection, WelfareCheckItem } from '../gridPatch/patrolQueries.ts';
import type { WorkerActivity } from '../gridPatch/workerActivity.ts';

// The answers of reads served from read models, as clients receive them. Their items are
// the read models' own row types; the backend's response schemas are checked against these
// (`satisfies`), so the two cannot drift apart.

/** One page of a list: continue with `cursor=nextCursor` until it is null. */
export interface ListPage<Item> {
  readonly items: readonly Item[];
  readonly nextCursor: string | null;
}

/** GET /api/cases: one page of the case board. */
export type CaseBoardPage = ListPage<CaseBoardItem>;

/** GET /api/grids/:gridId/patch: "my patch" in one call. */
export interface GridPatchResponse {
  readonly grid: PatchGrid;
  /** The server time the building flags and the weeks are counted from. */
  readonly asOf: string;
  /** Longest unvisited (or never) first. */
  readonly buildings: readonly PatchBuilding[];
  readonly openCases: ListPage<CaseBoardItem>;
  readonly recentInspections: ListPage<PatchInspection>;
  readonly welfareChecks: ListPage<WelfareCheckItem>;
  readonly workerActivity: readonly WorkerActivity[];
}
