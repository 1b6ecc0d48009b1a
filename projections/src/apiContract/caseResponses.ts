import * as z from 'zod';
import type { ResponseBody } from './responseBody.ts';
import { accessEventTypes, caseEventTypes, eventMetadataSchema } from '@gridline/events';
import { caseStateSchema } from './caseState.ts';
import { commandResponseSchema, logPositionSchema } from './commandResponse.ts';
import { accessEventSchema, caseEventSchema, eventUnionSchema } from './writtenEvents.ts';

const caseRevisionSchema = z
  .string()
  .regex(/^\d+$/)
  .describe("The case stream's revision (its ETag), a decimal string");

/** What every case command answers (POST /api/cases/…). */
export const caseCommandResponseSchema = commandResponseSchema({
  id: 'The case',
  state: caseStateSchema,
  event: caseEventSchema,
}).meta({ id: 'CaseCommandResponse' });

/** GET /api/cases/:caseId. */
export const caseViewSchema = z.object({
  caseId: z.string(),
  revision: caseRevisionSchema,
  state: caseStateSchema,
});

const historyEntrySchema = eventUnionSchema(
  'CaseHistoryEntry',
  [...caseEventTypes, ...accessEventTypes],
  {
    stream: z.string().describe("Where the event lives: the case's stream, or an access log"),
    revision: z
      .string()
      .nullable()
      .describe("The case's revision after the event; null for a reveal, which is not one"),
    position: logPositionSchema,
    metadata: eventMetadataSchema,
  },
);

/** GET /api/cases/:caseId/history. */
export const caseHistorySchema = z.object({
  caseId: z.string(),
  revision: caseRevisionSchema,
  events: z
    .array(historyEntrySchema)
    .describe("In log order, reveals included; residents' personal data masked"),
});

/** POST /api/cases/:caseId/personal-data-reveals: written to the revealer's access log. */
export const revealResponseSchema = commandResponseSchema({
  id: 'The case whose personal data was revealed',
  state: z.null().describe('A reveal changes no state: see caseRevision for the case'),
  event: accessEventSchema,
  extras: {
    caseRevision: caseRevisionSchema.describe(
      "The case's revision, which a reveal does not move: the client's If-Match stays good",
    ),
    revealed: z
      .record(z.string(), z.array(z.string()))
      .describe('The unmasked values by field path, like `parties[].phone`'),
  },
});

// The bodies as a client reads them (the console imports these types, never the schemas).
/** Where a case stands: `state` of GET /api/cases/:caseId and of every case command. */
export type CaseState = ResponseBody<typeof caseStateSchema>;
/** GET /api/cases/:caseId: the case with the revision its `ETag` names. */
export type CaseView = ResponseBody<typeof caseViewSchema>;
/** GET /api/cases/:caseId/history. */
export type CaseHistoryResponse = ResponseBody<typeof caseHistorySchema>;
/**
 * One entry of GET /api/cases/:caseId/history: a case event or a reveal, its `data` typed
 * as the event's own type in @gridline/events (which is not read-only).
 */
export type CaseHistoryResponseEntry = z.output<typeof caseHistorySchema>['events'][number];
/** What every case command answers. */
export type CaseCommandResponse = ResponseBody<typeof caseCommandResponseSchema>;

/** POST /api/cases/:caseId/personal-data-erasures: recorded on the eraser's access log. */
export const erasureResponseSchema = commandResponseSchema({
  id: "The case whose residents' personal data was erased",
  state: z.null().describe('An erasure changes no case fact: see caseRevision for the case'),
  event: accessEventSchema,
  extras: {
    caseRevision: caseRevisionSchema.describe(
      "The case's revision, which an erasure does not move",
    ),
    keysDestroyed: z
      .int()
      .min(0)
      .describe(
        "How many residents' keys this request destroyed (one per person named in an event, one for the numbers in the case's text); 0 for a case stored before encryption, whose values it cannot erase",
      ),
  },
});
