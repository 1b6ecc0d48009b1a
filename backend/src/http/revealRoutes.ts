import { Router } from 'express';
import * as z from 'zod';
import { revealResponseSchema, type ResponseBody } from '@gridline/projections';
import type { RevealService } from '../application/cases/revealService.ts';
import { caseIdInputSchema } from '../domain/case/caseIdInput.ts';
import { revealPersonalDataPayloadSchema } from '../domain/case/casePayloads.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { commandContextOf } from './commandRequest.ts';
import { commandResponseBody } from './commandResponse.ts';
import { parseRequestBody, parseRequestPart } from './parseRequestBody.ts';
import { badRequest } from './problems.ts';

export interface RevealRouteDependencies {
  readonly reveals: RevealService;
  readonly now: () => Date;
}

const caseIdParams = z.strictObject({ caseId: caseIdInputSchema });

// 查看个人信息: recorded on the revealer's access log, so the case's ETag does not move.
export const revealRoutes = (deps: RevealRouteDependencies, registry: ApiRegistry): Router => {
  const router = Router();
  registry.add(
    router,
    {
      method: 'post',
      path: '/cases/:caseId/personal-data-reveals',
      operationId: 'revealPersonalData',
      summary:
        "Reveal residents' personal data on a case, with a reason (recorded for the auditor)",
      tag: 'cases',
      pathParameters: caseIdParams.shape,
      requestBody: revealPersonalDataPayloadSchema,
      headers: ['Idempotency-Key', 'X-Correlation-Id'],
      responses: { 200: 'The revealed values by field; the case itself is unchanged' },
      responseSchema: revealResponseSchema,
      // Every value asked for was erased on request: a clear answer, nothing recorded.
      extraProblems: [410],
    },
    async (req, res) => {
      const { caseId } = parseRequestPart(caseIdParams, req.params, 'path');
      if (req.get('If-Match') !== undefined) {
        throw badRequest(
          'If-Match: a reveal does not change the case, so it takes no expected revision.',
        );
      }
      const payload = parseRequestBody(revealPersonalDataPayloadSchema, req.body);
      const outcome = await deps.reveals.reveal(
        caseId,
        payload,
        commandContextOf(req, res, deps.now()),
      );
      // No ETag: it would be the access log's, and a client would take it for the case's.
      if (outcome.replayed) res.set('Idempotent-Replayed', 'true');
      const body: ResponseBody<typeof revealResponseSchema> = {
        ...commandResponseBody(caseId, outcome, null),
        caseRevision: outcome.caseRevision.toString(),
        revealed: outcome.revealed,
      };
      res.json(body);
    },
  );
  return router;
};
