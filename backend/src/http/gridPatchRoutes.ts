import { Router } from 'express';
import * as z from 'zod';
import {
  listCases,
  listPatchInspections,
  listWelfareChecks,
  patchBuildings,
  workerActivity,
} from '@gridline/projections';
import type { ProjectionRunner } from '../readModels/projectionRunner.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { gridPatchSchema } from './gridPatchSchemas.ts';
import { encodeCursor, listQueryOf } from './listRequest.ts';
import { gridIdParams, readableGrid } from './patchGridAccess.ts';
import { parseRequestPart } from './parseRequestBody.ts';
import { queryWholeNumberOr } from './queryNumber.ts';
import { awaitReadModels } from './readModelConsistency.ts';

export interface GridPatchRouteDependencies {
  readonly readModels: ProjectionRunner;
  readonly now: () => Date;
}

const patchQuery = {
  weeks: queryWholeNumberOr(4, 1, 26).describe('Weeks of worker activity'),
  limit: queryWholeNumberOr(10, 1, 100).describe('Items in each first page'),
  after: z
    .string()
    .regex(/^\d+\/\d+$/, 'must be a log position like 1234/1234')
    .optional(),
};

const newestFirst = { column: 'recorded_at', direction: 'desc' } as const;
const byDeadline = { column: 'deadline', direction: 'asc' } as const;

// 网格台账, "my patch": one call gives the grid's buildings and when each was last
// visited, the first page of its open cases (from the case board), patrols and welfare
// checks, and who walked it week by week. The pages continue at their own lists.
export const gridPatchRoutes = (
  deps: GridPatchRouteDependencies,
  registry: ApiRegistry,
): Router => {
  const router = Router();
  registry.add(
    router,
    {
      method: 'get',
      path: '/grids/:gridId/patch',
      operationId: 'getGridPatch',
      summary:
        "A grid's patch: buildings by last visit, open cases, patrols, welfare checks, activity",
      tag: 'grid patch',
      pathParameters: gridIdParams.shape,
      query: patchQuery,
      responses: { 200: 'The patch as of now' },
      responseSchema: gridPatchSchema,
    },
    async (req, res) => {
      const query = parseRequestPart(z.strictObject(patchQuery), req.query, 'query');
      await awaitReadModels(deps.readModels, ['grid_patch', 'case_board'], query.after);
      const db = deps.readModels.database('grid_patch');
      const { grid, scope } = readableGrid(db, req, res);
      const now = deps.now();
      const ofGrid = { gridId: grid.gridId };
      const first = { scope, gridId: grid.gridId, filters: {}, cursor: null, limit: query.limit };
      const openOfGrid = { grid: grid.gridId, open: true };
      const cases = listCases(deps.readModels.database('case_board'), {
        scope,
        filters: openOfGrid,
        sort: byDeadline,
        cursor: null,
        limit: query.limit,
        now,
      });
      const inspections = listPatchInspections(db, { ...first, sort: newestFirst });
      const checks = listWelfareChecks(db, { ...first, sort: newestFirst });
      res.json({
        grid,
        asOf: now.toISOString(),
        buildings: patchBuildings(db, grid.gridId, now),
        // Each cursor for the list it continues on: the board's `grid=…&open=true` by
        // deadline, and the grid's patrols and welfare checks newest first.
        openCases: {
          items: cases.items,
          nextCursor: encodeCursor(cases.nextCursor, listQueryOf(byDeadline, openOfGrid)),
        },
        recentInspections: {
          items: inspections.items,
          nextCursor: encodeCursor(inspections.nextCursor, listQueryOf(newestFirst, {}, ofGrid)),
        },
        welfareChecks: {
          items: checks.items,
          nextCursor: encodeCursor(checks.nextCursor, listQueryOf(newestFirst, {}, ofGrid)),
        },
        workerActivity: workerActivity(db, grid.gridId, now, query.weeks),
      });
    },
  );
  return router;
};
