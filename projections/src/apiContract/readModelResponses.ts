import type { CaseBoardItem } from '../caseBoard/caseBoardQueries.ts';
import type { FigureName } from '../figures/figureRequest.ts';
import type { FigureValues } from '../figures/figureResults.ts';
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

/** The source filter of GET /api/figures, as it is named in the query and the answer. */
export type FiguresSourceName = 'patrol' | 'resident' | 'hotline' | 'meeting' | 'referral';

/** The figures asked for, by name (all unless `figures=` named some). */
export type FiguresAnswered = { readonly [Name in FigureName]?: FigureValues[Name] | undefined };

/** GET /api/figures. */
export interface FiguresResponse {
  readonly scope: {
    readonly kind: 'district' | 'street' | 'community' | 'grid';
    readonly id?: string | undefined;
  };
  readonly from: string;
  readonly to: string;
  readonly source: FiguresSourceName | null;
  readonly position: string | null;
  readonly figures: FiguresAnswered;
  readonly weeks?: readonly FiguresWeek[] | undefined;
}

/** One week of a `granularity=week` answer, cut at Mondays. */
export interface FiguresWeek {
  readonly from: string;
  readonly to: string;
  readonly figures: FiguresAnswered;
}
