import { Router } from 'express';
import * as z from 'zod';
import { figuresResponseSchema, readModelFigureBook } from '@gridline/projections';
import { directoryPlaces } from '../application/figures/directoryPlaces.ts';
import { figureClock } from '../application/figures/figureWindows.ts';
import type { OrganisationDirectoryReader } from '../application/organisationDirectoryReader.ts';
import type { ProjectionRunner } from '../readModels/projectionRunner.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { figureReaderOf, figuresToRead, scopeToRead } from './figuresAccess.ts';
import { figuresAnswer } from './figuresAnswer.ts';
import { figuresQueryShape, figuresRequestOf } from './figuresRequest.ts';
import { parseRequestPart } from './parseRequestBody.ts';
import { awaitReadModels } from './readModelConsistency.ts';
import { actorOf } from './session/requireSession.ts';

export interface FiguresRouteDependencies {
  readonly readModels: ProjectionRunner;
  readonly now: () => Date;
  /** The deployment's zone: days, weeks and months begin at its midnight. */
  readonly timeZone: string;
  /** Where each place lies, for deciding who may read its figures. */
  readonly directory: OrganisationDirectoryReader;
}

export const afterParam = z
  .string()
  .regex(/^\d+\/\d+$/, 'must be a log position like 1234/1234')
  .optional()
  .describe('A log position (a command’s answer) the figures must include');

const query = z.strictObject({ ...figuresQueryShape, after: afterParam });

/** The position the figures read model serves; read in the same turn as its rows. */
export const figuresPosition = (runner: ProjectionRunner): string | null =>
  runner.status().find((status) => status.name === 'figures')?.position ?? null;

// 统计指标: the figures of docs/figures.md for a scope, window and source, from the read model.
export const figuresRoutes = (deps: FiguresRouteDependencies, registry: ApiRegistry): Router => {
  const router = Router();
  registry.add(
    router,
    {
      method: 'get',
      path: '/figures',
      operationId: 'readFigures',
      summary:
        'The figures (docs/figures.md) of your scope or a place in it, for a window of days, one source or all, optionally week by week',
      tag: 'figures',
      query: query.shape,
      responses: { 200: 'The figures asked for, and the log position they were counted up to' },
      responseSchema: figuresResponseSchema,
    },
    async (req, res) => {
      const parsed = parseRequestPart(query, req.query, 'query');
      const clock = figureClock(deps.timeZone);
      const request = figuresRequestOf(parsed, clock.today(deps.now()));
      const reader = figureReaderOf(actorOf(res));
      const figures = figuresToRead(reader, request.figures);
      const places = directoryPlaces(await deps.directory.current());
      const scope = scopeToRead(reader, request.scope, places);
      await awaitReadModels(deps.readModels, ['figures'], parsed.after);
      // From here on synchronous: the runner cannot apply a batch between the position
      // read and the rows counted.
      const db = deps.readModels.database('figures');
      res.json(
        figuresAnswer({
          book: readModelFigureBook(db),
          reader,
          scope,
          request,
          figures,
          clock,
          position: figuresPosition(deps.readModels),
        }),
      );
    },
  );
  return router;
};
