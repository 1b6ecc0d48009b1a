import { Router } from 'express';
import type { MeetingService } from '../application/meetings/meetingService.ts';
import { recordMeetingPayloadSchema } from '../domain/meeting/recordMeeting.ts';
import { positionToString } from '../eventStore/port.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { commandContextOf, setRevisionHeaders } from './commandRequest.ts';
import { parseRequestBody } from './parseRequestBody.ts';

export interface MeetingRouteDependencies {
  readonly meetings: MeetingService;
  readonly now: () => Date;
}

export const meetingRoutes = (deps: MeetingRouteDependencies, registry: ApiRegistry): Router => {
  const router = Router();
  registry.add(
    router,
    {
      method: 'post',
      path: '/meetings',
      operationId: 'recordResidentMeeting',
      summary:
        'Record a resident meeting (书记下午茶); each matter raised opens a case at the community',
      tag: 'meetings',
      requestBody: recordMeetingPayloadSchema,
      headers: ['Idempotency-Key', 'X-Correlation-Id', 'X-Occurred-At'],
      responses: { 201: 'Recorded; openedCaseIds lists the case each matter opened' },
    },
    async (req, res) => {
      const payload = parseRequestBody(recordMeetingPayloadSchema, req.body);
      const outcome = await deps.meetings.record(payload, commandContextOf(req, res, deps.now()));
      setRevisionHeaders(res, outcome.revision, outcome.position);
      if (outcome.replayed) res.set('Idempotent-Replayed', 'true');
      res.location(`/api/meetings/${outcome.meetingId}`);
      res.status(201).json({
        meetingId: outcome.meetingId,
        revision: outcome.revision.toString(),
        position: outcome.position ? positionToString(outcome.position) : null,
        openedCaseIds: outcome.openedCaseIds,
      });
    },
  );
  return router;
};
