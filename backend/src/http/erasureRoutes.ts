import { Router } from 'express';
import * as z from 'zod';
import { erasureResponseSchema, type ResponseBody } from '@gridline/projections';
import type { ErasureService } from '../application/cases/erasureService.ts';
import { caseIdInputSchema } from '../domain/case/caseIdInput.ts';
import { erasePersonalDataPayloadSchema } from '../domain/case/decideErasure.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { commandContextOf } from './commandRequest.ts';
import { commandResponseBody } from './commandResponse.ts';
import { parseRequestBody, parseRequestPart } from './parseRequestBody.ts';
import { badRequest, HttpProblem } from './problems.ts';

export interface ErasureRouteDependencies {
  /** Absent when the server was started without a residents' key store. */
  readonly erasures: ErasureService | undefined;
  readonly now: () => Date;
}

const caseIdParams = z.strictObject({ caseId: caseIdInputSchema });

// 删除个人信息: destroys the residents' keys of one case and records who did it and why.
export const erasureRoutes = (deps: ErasureRouteDependencies, registry: ApiRegistry): Router => {
  const router = Router();
  registry.add(
    router,
    {
      method: 'post',
      path: '/cases/:caseId/personal-data-erasures',
      operationId: 'erasePersonalData',
      summary:
        "Erase the residents' personal data on a case, on request, with a reason (admin, or the case's street supervisor)",
      tag: 'cases',
      pathParameters: caseIdParams.shape,
      requestBody: erasePersonalDataPayloadSchema,
      headers: ['Idempotency-Key', 'X-Correlation-Id'],
      responses: {
        200: "The erasure as recorded on the eraser's access log; the case's facts are unchanged",
      },
      responseSchema: erasureResponseSchema,
    },
    async (req, res) => {
      const { caseId } = parseRequestPart(caseIdParams, req.params, 'path');
      if (req.get('If-Match') !== undefined) {
        throw badRequest(
          'If-Match: an erasure does not change the case, so it takes no expected revision.',
        );
      }
      const payload = parseRequestBody(erasePersonalDataPayloadSchema, req.body);
      if (!deps.erasures) {
        throw new HttpProblem(
          503,
          'No key store',
          "This server was started without residents' keys, so it cannot erase any.",
        );
      }
      const outcome = await deps.erasures.erase(
        caseId,
        payload,
        commandContextOf(req, res, deps.now()),
      );
      if (outcome.replayed) res.set('Idempotent-Replayed', 'true');
      const body: ResponseBody<typeof erasureResponseSchema> = {
        ...commandResponseBody(caseId, outcome, null),
        caseRevision: outcome.caseRevision.toString(),
        keysDestroyed: outcome.keysDestroyed,
      };
      res.json(body);
    },
  );
  return router;
};
