import { Router } from 'express';
import * as z from 'zod';
import {
  rankCommunities,
  readModelFigureBook,
  rankingResponseSchema,
  readModelPlaces,
  scopeExists,
  scopeWithin,
  type FigurePlaces,
  type FigureScope,
} from '@gridline/projections';
import { directoryPlaces } from '../application/figures/directoryPlaces.ts';
import type { OrganisationDirectory } from '../domain/organisation/organisationDirectory.ts';
import { figureClock, monthDates } from '../application/figures/figureWindows.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { describeScope, figureReaderOf, type FigureReader } from './figuresAccess.ts';
import { figuresQueryShape } from './figuresRequest.ts';
import { afterParam, figuresPosition, type FiguresRouteDependencies } from './figuresRoutes.ts';
import { parseRequestPart } from './parseRequestBody.ts';
import { badRequest, forbidden, notFound } from './problems.ts';
import { awaitReadModels } from './readModelConsistency.ts';
import { actorOf } from './session/requireSession.ts';

// 月度排名: communities ranked on the month's figures (docs/figures.md "Ranking"). Staff see
// how the communities of their own street rank; auditors and admins any street or the
// district; a department's liaison the street it serves, or the district.

const query = z.strictObject({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month as YYYY-MM')
    .optional()
    .describe('YYYY-MM; default: this month'),
  scope: figuresQueryShape.scope,
  after: afterParam,
});

/** The widest part of the district whose communities the reader sees ranked. */
const rankingReach = (
  reader: FigureReader,
  places: FigurePlaces,
  directory: OrganisationDirectory,
): FigureScope => {
  if (reader.kind === 'department') {
    const department = directory.departments.get(reader.departmentId);
    return department?.belongsTo.kind === 'street'
      ? { kind: 'street', id: department.belongsTo.id }
      : { kind: 'district' };
  }
  const { scope } = reader;
  if (scope.kind === 'district' || scope.kind === 'street') return scope;
  const streetId = places.placeOf(scope.kind, scope.id)?.streetId;
  if (!streetId)
    throw notFound(`The figures do not know the street of ${describeScope(scope)} yet.`);
  return { kind: 'street', id: streetId };
};

export const rankingRoutes = (deps: FiguresRouteDependencies, registry: ApiRegistry): Router => {
  const router = Router();
  registry.add(
    router,
    {
      method: 'get',
      path: '/figures/ranking',
      operationId: 'rankCommunities',
      summary:
        "The month's ranking of the communities of your street (the district's, for auditors and admins)",
      tag: 'figures',
      query: query.shape,
      responses: { 200: 'Every community in the scope, best first; unranked ones last' },
      responseSchema: rankingResponseSchema,
    },
    async (req, res) => {
      const parsed = parseRequestPart(query, req.query, 'query');
      const clock = figureClock(deps.timeZone);
      const month = parsed.month ?? clock.today(deps.now()).slice(0, 7);
      const asked = parsed.scope;
      if (asked && (asked.kind === 'community' || asked.kind === 'grid')) {
        throw badRequest(
          'scope: the ranking compares communities: ask for district or street:<id>.',
        );
      }
      const reader = figureReaderOf(actorOf(res));
      const directory = await deps.directory.current();
      const places = directoryPlaces(directory);
      const reach = rankingReach(reader, places, directory);
      const scope = asked ?? reach;
      if (!scopeWithin(places, reach, scope)) {
        throw forbidden(
          `You see the ranking of ${describeScope(reach)}, not of ${describeScope(scope)}.`,
        );
      }
      if (!scopeExists(places, scope)) throw notFound(`There is no ${describeScope(scope)}.`);
      await awaitReadModels(deps.readModels, ['figures'], parsed.after);
      const db = deps.readModels.database('figures');
      const { window } = clock.instants(monthDates(month));
      res.json({
        month,
        scope,
        position: figuresPosition(deps.readModels),
        communities: rankCommunities(readModelFigureBook(db), readModelPlaces(db), scope, window),
      });
    },
  );
  return router;
};
