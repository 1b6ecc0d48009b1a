import { Router } from 'express';
import * as z from 'zod';
import { figuresResponseSchema, scopeExists } from '@gridline/projections';
import { figuresFromLog } from '../application/figures/figuresFromLog.ts';
import { figureClock } from '../application/figures/figureWindows.ts';
import {
  comparePositions,
  positionFromString,
  positionToString,
  type EventStore,
} from '../eventStore/port.ts';
import { lastPositionOf } from '../readModels/storeHead.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { describeScope, figuresToRead } from './figuresAccess.ts';
import { figuresAnswer } from './figuresAnswer.ts';
import { figuresQueryShape, figuresRequestOf } from './figuresRequest.ts';
import { parseRequestPart } from './parseRequestBody.ts';
import { badRequest, forbidden, notFound } from './problems.ts';
import { actorOf } from './session/requireSession.ts';

export interface AuditFiguresRouteDependencies {
  readonly store: EventStore;
  readonly now: () => Date;
  readonly timeZone: string;
}

/** A full read of the log, to check the console's figures: the auditors' tool. */
const mayRecompute = new Set(['auditor', 'admin']);

const query = z.strictObject({
  ...figuresQueryShape,
  position: z
    .string()
    .regex(/^\d+\/\d+$/, 'must be a log position like 1234/1234')
    .optional()
    .describe('Count the events up to and including this position; default: the whole log'),
});

export const auditFiguresRoutes = (
  deps: AuditFiguresRouteDependencies,
  registry: ApiRegistry,
): Router => {
  const router = Router();
  registry.add(
    router,
    {
      method: 'get',
      path: '/audit/figures',
      operationId: 'recomputeFigures',
      summary:
        'The figures recomputed from the events alone, up to a position, without the read models (auditors and admins)',
      tag: 'audit',
      query: query.shape,
      responses: { 200: 'The figures, as GET /api/figures gives them, counted from the log' },
      responseSchema: figuresResponseSchema,
    },
    async (req, res) => {
      const actor = actorOf(res);
      if (!mayRecompute.has(actor.role)) {
        throw forbidden('Only auditors and admins recompute the figures from the log.');
      }
      const parsed = parseRequestPart(query, req.query, 'query');
      const clock = figureClock(deps.timeZone);
      const request = figuresRequestOf(parsed, clock.today(deps.now()));
      const head = await lastPositionOf(deps.store);
      const position = parsed.position === undefined ? head : positionFromString(parsed.position);
      if (position && (!head || comparePositions(position, head) > 0)) {
        throw badRequest(
          `position: ${parsed.position} is past the end of the log (${head ? positionToString(head) : 'empty'}).`,
        );
      }
      // An empty log has nothing to count: every figure is zero.
      const { book, places } = await figuresFromLog(
        deps.store,
        position ?? { commit: -1n, prepare: -1n },
      );
      const scope = request.scope ?? { kind: 'district' };
      if (!scopeExists(places, scope)) {
        throw notFound(
          `There is no ${describeScope(scope)} at position ${parsed.position ?? 'head'}.`,
        );
      }
      res.set('Cache-Control', 'no-store');
      res.json(
        figuresAnswer({
          book,
          reader: { kind: 'place', scope: { kind: 'district' } },
          scope,
          request,
          figures: figuresToRead({ kind: 'place', scope: { kind: 'district' } }, request.figures),
          clock,
          position: position ? positionToString(position) : null,
        }),
      );
    },
  );
  return router;
};
