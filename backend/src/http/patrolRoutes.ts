import { Router } from 'express';
import { idSchema, welfareCheckStatusSchema } from '@gridline/events';
import {
  inspectionSorts,
  listPatchInspections,
  listWelfareChecks,
  welfareCheckSorts,
} from '@gridline/projections';
import type { ApiRegistry } from './apiOperations.ts';
import type { GridPatchRouteDependencies } from './gridPatchRoutes.ts';
import { patchInspectionSchema, welfareCheckItemSchema } from './gridPatchSchemas.ts';
import {
  encodeCursor,
  listQueryShape,
  pageSchema,
  parseListRequest,
  type ListSpec,
} from './listRequest.ts';
import { gridIdParams, readableGrid } from './patchGridAccess.ts';
import { awaitReadModels } from './readModelConsistency.ts';

const inspectionFilters = { inspector: idSchema.optional() };
const inspectionSpec = {
  filters: inspectionFilters,
  sorts: inspectionSorts,
  defaultSort: '-recorded',
} satisfies ListSpec<typeof inspectionFilters>;

const welfareFilters = {
  status: welfareCheckStatusSchema.optional(),
  building: idSchema.optional(),
};
const welfareSpec = {
  filters: welfareFilters,
  sorts: welfareCheckSorts,
  defaultSort: '-recorded',
} satisfies ListSpec<typeof welfareFilters>;

// The grid patch's lists past their first page: a grid's patrols and its welfare checks
// (早看窗帘晚看灯), residents' names masked.
export const patrolRoutes = (deps: GridPatchRouteDependencies, registry: ApiRegistry): Router => {
  const router = Router();
  registry.add(
    router,
    {
      method: 'get',
      path: '/grids/:gridId/inspections',
      operationId: 'listGridInspections',
      summary: "A grid's patrols, newest first unless sorted",
      tag: 'grid patch',
      pathParameters: gridIdParams.shape,
      query: listQueryShape(inspectionSpec),
      responses: { 200: 'A page of patrols; nextCursor fetches the next one' },
      responseSchema: pageSchema(patchInspectionSchema),
    },
    async (req, res) => {
      const request = parseListRequest(req, inspectionSpec);
      await awaitReadModels(deps.readModels, ['grid_patch'], request.after);
      const db = deps.readModels.database('grid_patch');
      const { grid, scope } = readableGrid(db, req, res);
      const page = listPatchInspections(db, { ...request, scope, gridId: grid.gridId });
      res.json({ items: page.items, nextCursor: encodeCursor(page.nextCursor, request.query) });
    },
  );
  registry.add(
    router,
    {
      method: 'get',
      path: '/grids/:gridId/welfare-checks',
      operationId: 'listGridWelfareChecks',
      summary: "A grid's welfare checks (早看窗帘晚看灯), names masked, newest first unless sorted",
      tag: 'grid patch',
      pathParameters: gridIdParams.shape,
      query: listQueryShape(welfareSpec),
      responses: { 200: 'A page of welfare checks; nextCursor fetches the next one' },
      responseSchema: pageSchema(welfareCheckItemSchema),
    },
    async (req, res) => {
      const request = parseListRequest(req, welfareSpec);
      await awaitReadModels(deps.readModels, ['grid_patch'], request.after);
      const db = deps.readModels.database('grid_patch');
      const { grid, scope } = readableGrid(db, req, res);
      const page = listWelfareChecks(db, { ...request, scope, gridId: grid.gridId });
      res.json({ items: page.items, nextCursor: encodeCursor(page.nextCursor, request.query) });
    },
  );
  return router;
};
