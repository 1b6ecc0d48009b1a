import type Database from 'better-sqlite3';
import { equals, listPage, type Page, type PageRequest } from '../listing.ts';
import type { Row } from '../projection.ts';
import { scopeCondition, type ReadScope } from '../readScope.ts';
import { placeColumns } from './gridPatchQueries.ts';

// The patrols of a grid and the welfare checks made on them, newest first unless sorted.

export interface PatchInspection {
  readonly inspectionId: string;
  readonly inspectorId: string;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly recordedAt: string;
  readonly buildingsVisited: number;
  readonly householdsVisited: number;
  readonly welfareChecks: number;
  readonly welfareNeedsAttention: number;
  readonly welfareNoResponse: number;
  readonly findings: number;
  readonly casesOpened: number;
}

export interface WelfareCheckItem {
  readonly checkId: string;
  readonly inspectionId: string;
  readonly inspectorId: string;
  readonly buildingId: string;
  /** The resident's name, masked (赵*): the read model holds nothing else. */
  readonly resident: string;
  readonly status: 'well' | 'needs_attention' | 'no_response';
  readonly note: string | null;
  readonly endedAt: string;
  readonly recordedAt: string;
}

export interface InspectionFilters {
  readonly inspector?: string | undefined;
}

export interface WelfareCheckFilters {
  readonly status?: string | undefined;
  readonly building?: string | undefined;
}

type GridPageRequest<Filters> = Omit<PageRequest, 'conditions'> & {
  readonly scope: ReadScope;
  readonly gridId: string;
  readonly filters: Filters;
};

export const inspectionSorts = { recorded: 'recorded_at', ended: 'ended_at' } as const;
export const welfareCheckSorts = { recorded: 'recorded_at' } as const;

const inspectionItem = (row: Row): PatchInspection => ({
  inspectionId: String(row['inspection_id']),
  inspectorId: String(row['inspector_id']),
  startedAt: String(row['started_at']),
  endedAt: String(row['ended_at']),
  recordedAt: String(row['recorded_at']),
  buildingsVisited: Number(row['buildings_visited']),
  householdsVisited: Number(row['households_visited']),
  welfareChecks: Number(row['welfare_checks']),
  welfareNeedsAttention: Number(row['welfare_needs_attention']),
  welfareNoResponse: Number(row['welfare_no_response']),
  findings: Number(row['findings']),
  casesOpened: Number(row['cases_opened']),
});

const welfareCheckItem = (row: Row): WelfareCheckItem => ({
  checkId: String(row['check_id']),
  inspectionId: String(row['inspection_id']),
  inspectorId: String(row['inspector_id']),
  buildingId: String(row['building_id']),
  resident: String(row['resident_masked']),
  status: row['status'] as WelfareCheckItem['status'],
  note: row['note'] === null ? null : String(row['note']),
  endedAt: String(row['ended_at']),
  recordedAt: String(row['recorded_at']),
});

export const listPatchInspections = (
  db: Database.Database,
  request: GridPageRequest<InspectionFilters>,
): Page<PatchInspection> =>
  listPage(
    db,
    'patch_inspections',
    'inspection_id',
    {
      ...request,
      conditions: [
        ...scopeCondition(request.scope, placeColumns),
        ...equals('grid_id', request.gridId),
        ...equals('inspector_id', request.filters.inspector),
      ],
    },
    inspectionItem,
  );

export const listWelfareChecks = (
  db: Database.Database,
  request: GridPageRequest<WelfareCheckFilters>,
): Page<WelfareCheckItem> =>
  listPage(
    db,
    'patch_welfare_checks',
    'check_id',
    {
      ...request,
      conditions: [
        ...scopeCondition(request.scope, placeColumns),
        ...equals('grid_id', request.gridId),
        ...equals('status', request.filters.status),
        ...equals('building_id', request.filters.building),
      ],
    },
    welfareCheckItem,
  );
