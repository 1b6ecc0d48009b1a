import { Router } from 'express';
import { caseBoardSorts, listCases, scopeWithin, type ReadScope } from '@gridline/projections';
import { directoryPlaces } from '../application/figures/directoryPlaces.ts';
import type { OrganisationDirectoryReader } from '../application/organisationDirectoryReader.ts';
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
import { forbidden } from './problems.ts';
import { awaitReadModels } from './readModelConsistency.ts';
import { actorOf } from './session/requireSession.ts';

export interface CaseBoardRouteDependencies {
  readonly readModels: ProjectionRunner;
  readonly now: () => Date;
  /** Where each place lies, to tell a reader naming a place outside their scope so. */
  readonly directory: OrganisationDirectoryReader;
}

const spec = {
  filters: caseBoardFilters,
  sorts: caseBoardSorts,
  defaultSort: 'deadline',
} satisfies ListSpec<typeof caseBoardFilters>;

/**
 * A place filter outside the reader's place is a 403, as the figures and the patch answer
 * it, not an empty board that reads as "no cases there". Unknown places are refused alike,
 * so nobody learns which exist outside their own. Liaisons read by department, as their
 * summonses: another department is a 403, and a place narrows their cases.
 */
const refuseFiltersOutside = async (
  scope: ReadScope,
  filters: {
    grid?: string | undefined;
    community?: string | undefined;
    street?: string | undefined;
    department?: string | undefined;
  },
  directory: OrganisationDirectoryReader,
): Promise<void> => {
  if (scope.kind === 'department') {
    if (filters.department !== undefined && filters.department !== scope.id) {
      throw forbidden(`A liaison of ${scope.id} reads the cases of that department only.`);
    }
    return;
  }
  if (scope.kind === 'district') return;
  const asked = (['grid', 'community', 'street'] as const).flatMap((kind) => {
    const id = filters[kind];
    return id === undefined ? [] : [{ kind, id }];
  });
  if (asked.length === 0) return;
  const places = directoryPlaces(await directory.current());
  const own = { kind: scope.kind, id: scope.id };
  for (const place of asked) {
    if (!scopeWithin(places, own, place)) {
      throw forbidden(
        `${place.kind} ${place.id} is not within your scope (${own.kind} ${own.id}).`,
      );
    }
  }
};

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
      summary:
        'The case board: cases in your scope, by deadline in force unless sorted (earliest first, none last; with open=true the overdue come first)',
      tag: 'cases',
      query: listQueryShape(spec),
      responses: { 200: 'A page of cases; nextCursor fetches the next one' },
      responseSchema: pageSchema(caseBoardItemSchema),
    },
    async (req, res) => {
      const request = parseListRequest(req, spec);
      const scope = readScopeOf(actorOf(res));
      await refuseFiltersOutside(scope, request.filters, deps.directory);
      await awaitReadModels(deps.readModels, ['case_board'], request.after);
      const page = listCases(deps.readModels.database('case_board'), {
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
  return router;
};
