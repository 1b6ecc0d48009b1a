import { Router } from 'express';
import * as z from 'zod';
import { idSchema } from '@gridline/events';
import { patrolErasureResponseSchema, type ResponseBody } from '@gridline/projections';
import type { PatrolErasureService } from '../application/inspections/patrolErasureService.ts';
import { erasePatrolPersonalDataPayloadSchema } from '../domain/inspection/decidePatrolErasure.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { commandContextOf } from './commandRequest.ts';
import { commandResponseBody } from './commandResponse.ts';
import { parseRequestBody, parseRequestPart } from './parseRequestBody.ts';
import { badRequest, HttpProblem } from './problems.ts';

export interface PatrolErasureRouteDependencies {
  /** Absent when the server was started without a residents' key store. */
  readonly erasures: PatrolErasureService | undefined;
  readonly now: () => Date;
}

const inspectionIdParams = z.strictObject({ inspectionId: idSchema });

// 删除巡查走访对象个人信息: destroys the keys of a patrol's welfare-check residents.
export const patrolErasureRoutes = (
  deps: PatrolErasureRouteDependencies,
  registry: ApiRegistry,
): Router => {
  const router = Router();
  registry.add(
    router,
    {
      method: 'post',
      path: '/inspections/:inspectionId/personal-data-erasures',
      operationId: 'erasePatrolPersonalData',
      summary:
        "Erase the personal data of a patrol's welfare-check residents, on request, with a reason (admin, or the street supervisor of the patrol's street)",
      tag: 'inspections',
      pathParameters: inspectionIdParams.shape,
      requestBody: erasePatrolPersonalDataPayloadSchema,
      headers: ['Idempotency-Key', 'X-Correlation-Id'],
      responses: {
        200: "The erasure as recorded on the eraser's access log; the patrol is unchanged",
      },
      responseSchema: patrolErasureResponseSchema,
    },
    async (req, res) => {
      const { inspectionId } = parseRequestPart(inspectionIdParams, req.params, 'path');
      if (req.get('If-Match') !== undefined) {
        throw badRequest(
          'If-Match: an erasure does not change the patrol, so it takes no expected revision.',
        );
      }
      const payload = parseRequestBody(erasePatrolPersonalDataPayloadSchema, req.body);
      if (!deps.erasures) {
        throw new HttpProblem(
          503,
          'No key store',
          "This server was started without residents' keys, so it cannot erase any.",
        );
      }
      const outcome = await deps.erasures.erase(
        inspectionId,
        payload,
        commandContextOf(req, res, deps.now()),
      );
      if (outcome.replayed) res.set('Idempotent-Replayed', 'true');
      const body: ResponseBody<typeof patrolErasureResponseSchema> = {
        ...commandResponseBody(inspectionId, outcome, null),
        keysDestroyed: outcome.keysDestroyed,
      };
      res.json(body);
    },
  );
  return router;
};
