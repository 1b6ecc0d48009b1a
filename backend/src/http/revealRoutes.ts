import { Router } from 'express';
import * as z from 'zod';
import type { RevealService } from '../application/cases/revealService.ts';
import { caseIdInputSchema } from '../domain/case/caseIdInput.ts';
import { revealPersonalDataPayloadSchema } from '../domain/case/casePayloads.ts';
import { positionToString } from '../eventStore/port.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { commandContextOf } from './commandRequest.ts';
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
      if (outcome.replayed) res.set('Idempotent-Replayed', 'true');
      res.json({
        caseId,
        caseRevision: outcome.caseRevision.toString(),
        position: outcome.position ? positionToString(outcome.position) : null,
        revealed: outcome.revealed,
      });
    },
  );
  return router;
};
