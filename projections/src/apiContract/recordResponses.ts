import * as z from 'zod';
import { inspectionRecordedSchema } from '@gridline/events';
import { commandResponseSchema } from './commandResponse.ts';
import type { ResponseBody } from './responseBody.ts';
import { inspectionEventSchema, meetingEventSchema } from './writtenEvents.ts';

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
