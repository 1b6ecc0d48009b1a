import { Router } from 'express';
import { caseBoardSorts, listCases } from '@gridline/projections';
import { caseBoardFilters } from './caseBoardFilters.ts';
import type { ProjectionRunner } from '../readModels/projectionRunner.ts';
import { readScopeOf } from '../readModels/readScopeOf.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { caseBoardItemSchema } from './caseBoardItemSchema.ts';
import {
  encodeCursor,
  listQueryShape,
  pageSchema,
  parseListRequest,
  type ListSpec,
} from './listRequest.ts';
import { awaitReadModels } from './readModelConsistency.ts';
import { actorOf } from './session/requireSession.ts';

export interface CaseBoardRouteDependencies {
  readonly readModels: ProjectionRunner;
  readonly now: () => Date;
}

const spec = {
  filters: caseBoardFilters,
  sorts: caseBoardSorts,
  defaultSort: 'deadline',
} satisfies ListSpec<typeof caseBoardFilters>;

// 案件台账: every case the reader's scope reaches, filtered and paged from the case board.
export const caseBoardRoutes = (
  deps: CaseBoardRouteDependencies,
  registry: ApiRegistry,
): Router => {
  const router = Router();
  registry.add(
    router,
    {
      method: 'get',
      path: '/cases',
      operationId: 'listCases',
      summary: 'The case board: cases in your scope, by deadline (overdue first) unless sorted',
      tag: 'cases',
      query: listQueryShape(spec),
      responses: { 200: 'A page of cases; nextCursor fetches the next one' },
      responseSchema: pageSchema(caseBoardItemSchema),
    },
    async (req, res) => {
      const request = parseListRequest(req, spec);
      await awaitReadModels(deps.readModels, ['case_board'], request.after);
      const page = listCases(deps.readModels.database('case_board'), {
        scope: readScopeOf(actorOf(res)),
        filters: request.filters,
        sort: request.sort,
        cursor: request.cursor,
        limit: request.limit,
        now: deps.now(),
      });
      res.json({ items: page.items, nextCursor: encodeCursor(page.nextCursor, request.query) });
    },
  );
  return router;
};
