import { Router } from 'express';
import * as z from 'zod';
import { caseReplaySchema } from '@gridline/projections';
import { readCase } from '../application/cases/caseQueries.ts';
import { replayCase } from '../application/cases/caseReplay.ts';
import { caseIdInputSchema } from '../domain/case/caseIdInput.ts';
import type { EventStore } from '../eventStore/port.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { setRevisionHeaders } from './commandRequest.ts';
import { parseRequestPart } from './parseRequestBody.ts';
import { badRequest } from './problems.ts';
import { actorOf } from './session/requireSession.ts';

export interface CaseReplayRouteDependencies {
  readonly store: EventStore;
}

const caseIdParams = z.strictObject({ caseId: caseIdInputSchema });
const replayQuery = z.strictObject({
  revision: z
    .string()
    .regex(/^\d{1,19}$/, 'must be a revision of the case: 0, 1, 2…')
    .optional()
    .describe('Only the state after this revision'),
});

// 案件回放: the case as it stood after each of its events, folded from the event store
// (not a read model), for whoever may read the case.
export const caseReplayRoutes = (
  deps: CaseReplayRouteDependencies,
  registry: ApiRegistry,
): Router => {
  const router = Router();
  registry.add(
    router,
    {
      method: 'get',
      path: '/cases/:caseId/replay',
      operationId: 'replayCase',
      summary: 'The state of a case after each of its events, folded from the log',
      tag: 'cases',
      pathParameters: caseIdParams.shape,
      query: replayQuery.shape,
      responses: { 200: 'Each event, masked, with the state right after it; ETag is the revision' },
      responseSchema: caseReplaySchema,
    },
    async (req, res) => {
      const { caseId } = parseRequestPart(caseIdParams, req.params, 'path');
      const query = parseRequestPart(replayQuery, req.query, 'query');
      // As a number: `01` is revision 1, not a text no step's revision equals.
      const revision = query.revision === undefined ? undefined : BigInt(query.revision);
      const view = await readCase(deps.store, caseId, actorOf(res));
      // Checked once the reader is known to reach the case, so the refusal tells nobody else
      // how far the case has come.
      if (revision !== undefined && revision > view.revision) {
        throw badRequest(
          `revision: case ${caseId} has revisions 0 to ${view.revision}; ${query.revision} is past its end.`,
        );
      }
      setRevisionHeaders(res, view.revision, view.events.at(-1)?.position);
      const steps = replayCase(caseId, view.events);
      res.json({
        caseId,
        revision: view.revision.toString(),
        steps:
          revision === undefined
            ? steps
            : steps.filter((step) => step.revision === revision.toString()),
      });
    },
  );
  return router;
};
