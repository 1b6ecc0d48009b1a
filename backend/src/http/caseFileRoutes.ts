import { Router } from 'express';
import * as z from 'zod';
import { caseFileSchema } from '@gridline/projections';
import { caseFileOf } from '../application/cases/caseFile.ts';
import { readCase } from '../application/cases/caseQueries.ts';
import type { RevealService } from '../application/cases/revealService.ts';
import { caseIdInputSchema } from '../domain/case/caseIdInput.ts';
import type { EventStore } from '../eventStore/port.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { setRevisionHeaders } from './commandRequest.ts';
import { parseRequestPart } from './parseRequestBody.ts';
import { actorOf } from './session/requireSession.ts';

export interface CaseFileRouteDependencies {
  readonly store: EventStore;
  readonly reveals: Pick<RevealService, 'reveals'>;
}

const caseIdParams = z.strictObject({ caseId: caseIdInputSchema });
const noQuery = z.strictObject({});

// 一案一档: the whole record of one case as a single JSON document with a hash an auditor
// can recompute. It holds nothing the case's history and replay do not already show, so
// whoever may read the case may take its file.
export const caseFileRoutes = (deps: CaseFileRouteDependencies, registry: ApiRegistry): Router => {
  const router = Router();
  registry.add(
    router,
    {
      method: 'get',
      path: '/cases/:caseId/file',
      operationId: 'getCaseFile',
      summary: 'The case file (一案一档): events, the state after each, reveals, and its hash',
      tag: 'cases',
      pathParameters: caseIdParams.shape,
      responses: { 200: 'The file and its SHA-256; ETag is the case revision' },
      responseSchema: caseFileSchema,
    },
    async (req, res) => {
      const { caseId } = parseRequestPart(caseIdParams, req.params, 'path');
      parseRequestPart(noQuery, req.query, 'query');
      const view = await readCase(deps.store, caseId, actorOf(res));
      const reveals = (await deps.reveals.reveals()).get(caseId) ?? [];
      setRevisionHeaders(res, view.revision, view.events.at(-1)?.position);
      res.json(caseFileOf(caseId, view, reveals));
    },
  );
  return router;
};
