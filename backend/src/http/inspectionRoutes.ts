import { Router } from 'express';
import type { InspectionService } from '../application/inspections/inspectionService.ts';
import { recordInspectionPayloadSchema } from '../domain/inspection/recordInspection.ts';
import { positionToString } from '../eventStore/port.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { openingContextOf, setRevisionHeaders } from './commandRequest.ts';
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
    },
    async (req, res) => {
      const payload = parseRequestBody(recordInspectionPayloadSchema, req.body);
      const outcome = await deps.inspections.record(
        payload,
        openingContextOf(req, res, deps.now()),
      );
      setRevisionHeaders(res, outcome.revision, outcome.position);
      res.status(201).json({
        inspectionId: payload.inspectionId,
        revision: outcome.revision.toString(),
        position: outcome.position ? positionToString(outcome.position) : null,
        openedCaseIds: outcome.openedCaseIds,
      });
    },
  );
  return router;
};
