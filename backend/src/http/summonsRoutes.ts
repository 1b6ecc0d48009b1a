import { Router } from 'express';
import * as z from 'zod';
import {
  departmentResponses,
  listSummonses,
  summonsSorts,
  type ReadScope,
} from '@gridline/projections';
import type { ProjectionRunner } from '../readModels/projectionRunner.ts';
import { readScopeOf } from '../readModels/readScopeOf.ts';
import type { ApiRegistry } from './apiOperations.ts';
import {
  encodeCursor,
  listQueryShape,
  pageSchema,
  parseListRequest,
  type ListSpec,
} from './listRequest.ts';
import { parseRequestPart } from './parseRequestBody.ts';
import { badRequest, forbidden } from './problems.ts';
import { awaitReadModels } from './readModelConsistency.ts';
import { departmentResponseQuery, summonsFilters } from './summonsFilters.ts';
import { departmentResponsesSchema, summonsItemSchema } from './summonsSchemas.ts';
import { actorOf } from './session/requireSession.ts';

export interface SummonsRouteDependencies {
  readonly readModels: ProjectionRunner;
  readonly now: () => Date;
}

const spec = {
  filters: summonsFilters,
  sorts: summonsSorts,
  defaultSort: 'reportBy',
} satisfies ListSpec<typeof summonsFilters>;

/** A liaison asking for another department's summonses is told so, not shown an empty list. */
const refuseOtherDepartment = (scope: ReadScope, department: string | undefined): void => {
  if (scope.kind === 'department' && department !== undefined && department !== scope.id) {
    throw forbidden(`A liaison of ${scope.id} reads that department's summonses only`);
  }
};

// 吹哨报到: who was summoned to which case, by when, and who has not reported; and per
// department, how often it reported on time.
export const summonsRoutes = (deps: SummonsRouteDependencies, registry: ApiRegistry): Router => {
  const router = Router();
  registry.add(
    router,
    {
      method: 'get',
      path: '/summonses',
      operationId: 'listSummonses',
      summary: 'Departments summoned to cases in your scope, by report deadline unless sorted',
      tag: 'department summons',
      query: listQueryShape(spec),
      responses: { 200: 'A page of summonses, one item per department; nextCursor continues' },
      responseSchema: pageSchema(summonsItemSchema),
    },
    async (req, res) => {
      const request = parseListRequest(req, spec);
      const scope = readScopeOf(actorOf(res));
      refuseOtherDepartment(scope, request.filters.department);
      await awaitReadModels(deps.readModels, ['department_summons'], request.after);
      const page = listSummonses(deps.readModels.database('department_summons'), {
        scope,
        filters: request.filters,
        sort: request.sort,
        cursor: request.cursor,
        limit: request.limit,
        now: deps.now(),
      });
      res.json({ items: page.items, nextCursor: encodeCursor(page.nextCursor, request.query) });
    },
  );
  registry.add(
    router,
    {
      method: 'get',
      path: '/departments/response',
      operationId: 'getDepartmentResponse',
      summary: 'Per department: summonses reported by their deadline ÷ summonses (部门报到)',
      tag: 'department summons',
      query: departmentResponseQuery,
      responses: { 200: 'One line per department summoned in your scope' },
      responseSchema: departmentResponsesSchema,
    },
    async (req, res) => {
      const { after, ...filters } = parseRequestPart(
        z.strictObject(departmentResponseQuery),
        req.query,
        'query',
      );
      // Instants in UTC text, so they compare as times; an empty window is a mistake to name.
      if (filters.from !== undefined && filters.to !== undefined && filters.from >= filters.to) {
        throw badRequest('to: must come after from.');
      }
      const scope = readScopeOf(actorOf(res));
      refuseOtherDepartment(scope, filters.department);
      await awaitReadModels(deps.readModels, ['department_summons'], after);
      const now = deps.now();
      const db = deps.readModels.database('department_summons');
      res.json({
        asOf: now.toISOString(),
        departments: departmentResponses(db, scope, filters, now),
      });
    },
  );
  return router;
};
