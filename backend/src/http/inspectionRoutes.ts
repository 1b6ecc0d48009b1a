import { Router } from 'express';
import { inspectionCommandResponseSchema, type ResponseBody } from '@gridline/projections';
import { maskedEvent } from '../application/cases/personalDataViews.ts';
import type { InspectionService } from '../application/inspections/inspectionService.ts';
import { recordInspectionPayloadSchema } from '../domain/inspection/recordInspection.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { openingContextOf } from './commandRequest.ts';
import { commandResponseBody, sendCommandResponse } from './commandResponse.ts';
import { parseRequestBody } from './parseRequestBody.ts';

export interface InspectionRouteDependencies {
  readonly inspections: InspectionService;
  readonly now: () => Date;
}

export const inspectionRoutes = (
  deps: InspectionRouteDependencies,
  registry: ApiRegistry,
): Router => {
  const router = Router();
  registry.add(
    router,
    {
      method: 'post',
      path: '/inspections',
      operationId: 'recordInspection',
      summary: 'Record a patrol (巡查): buildings and households visited, welfare checks, findings',
      tag: 'inspections',
      requestBody: recordInspectionPayloadSchema,
      headers: ['Idempotency-Key', 'X-Correlation-Id', 'X-Occurred-At'],
      responses: { 201: 'Recorded; findings with a caseId opened those cases' },
      responseSchema: inspectionCommandResponseSchema,
    },
    async (req, res) => {
      const payload = parseRequestBody(recordInspectionPayloadSchema, req.body);
      const outcome = await deps.inspections.record(
        payload,
        openingContextOf(req, res, deps.now()),
      );
      if (outcome.state.status !== 'recorded') throw new Error('An inspection went unrecorded');
      // The state is the recorded event's data, so its welfare checks name residents too.
      const { data: inspection } = maskedEvent({
        type: 'InspectionRecorded' as const,
        data: outcome.state.inspection,
      });
      const body: ResponseBody<typeof inspectionCommandResponseSchema> = {
        ...commandResponseBody(payload.inspectionId, outcome, {
          status: 'recorded' as const,
          inspection,
        }),
        openedCaseIds: outcome.openedCaseIds,
      };
      sendCommandResponse(res, 201, outcome, body);
    },
  );
  return router;
};
