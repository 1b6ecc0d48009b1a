import * as z from 'zod';
import { inspectionRecordedSchema } from '@gridline/events';
import { commandResponseSchema } from './commandResponse.ts';
import type { ResponseBody } from './responseBody.ts';
import { accessEventSchema, inspectionEventSchema, meetingEventSchema } from './writtenEvents.ts';

// Patrols and resident meetings: recorded once, each may open cases.

const openedCaseIdsSchema = z.array(z.string());

/** POST /api/inspections. */
export const inspectionCommandResponseSchema = commandResponseSchema({
  id: 'The inspection',
  state: z.object({
    status: z.literal('recorded'),
    inspection: inspectionRecordedSchema.describe("As recorded, residents' names masked"),
  }),
  event: inspectionEventSchema,
  extras: {
    openedCaseIds: openedCaseIdsSchema.describe("The cases the inspection's findings opened"),
  },
});

/** POST /api/inspections/:inspectionId/personal-data-erasures: on the eraser's access log. */
export const patrolErasureResponseSchema = commandResponseSchema({
  id: "The patrol whose residents' personal data was erased",
  state: z.null().describe('An erasure changes nothing the patrol recorded'),
  event: accessEventSchema,
  extras: {
    keysDestroyed: z
      .int()
      .min(0)
      .describe(
        "How many residents' keys this request destroyed (one per welfare check, one for the numbers in the patrol's notes); 0 for a patrol stored before encryption",
      ),
  },
});

/** POST /api/meetings. */
export const meetingCommandResponseSchema = commandResponseSchema({
  id: 'The meeting',
  state: z.object({ status: z.literal('held') }),
  event: meetingEventSchema,
  extras: {
    openedCaseIds: openedCaseIdsSchema.describe(
      'The case each matter opened, in the order the matters were given',
    ),
  },
});

/** What POST /api/inspections answers. */
export type InspectionCommandResponse = ResponseBody<typeof inspectionCommandResponseSchema>;
/** What POST /api/meetings answers. */
export type MeetingCommandResponse = ResponseBody<typeof meetingCommandResponseSchema>;
