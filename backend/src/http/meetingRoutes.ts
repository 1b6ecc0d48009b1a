import { Router } from 'express';
import { meetingCommandResponseSchema, type ResponseBody } from '@gridline/projections';
import type { MeetingService } from '../application/meetings/meetingService.ts';
import { recordMeetingPayloadSchema } from '../domain/meeting/recordMeeting.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { commandContextOf } from './commandRequest.ts';
import { commandResponseBody, sendCommandResponse } from './commandResponse.ts';
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
      responseSchema: meetingCommandResponseSchema,
    },
    async (req, res) => {
      const payload = parseRequestBody(recordMeetingPayloadSchema, req.body);
      const outcome = await deps.meetings.record(payload, commandContextOf(req, res, deps.now()));
      if (outcome.state.status !== 'held') throw new Error('A recorded meeting was not held');
      res.location(`/api/meetings/${outcome.meetingId}`);
      const body: ResponseBody<typeof meetingCommandResponseSchema> = {
        ...commandResponseBody(outcome.meetingId, outcome, outcome.state),
        openedCaseIds: outcome.openedCaseIds,
      };
      sendCommandResponse(res, 201, outcome, body);
    },
  );
  return router;
};
