import * as z from 'zod';
import { eventMetadataSchema } from '@gridline/events';
import type { AuditLogEntry } from '@gridline/projections';

// How the audit reads show one event of the log: the shape of the case history's entries.

export const logEntrySchema = z.object({
  position: z.string().describe('Where the event sits in the log, as commit/prepare'),
  stream: z.string(),
  revision: z.string().describe("The event's revision in its stream, counting from 0"),
  type: z.string(),
  data: z
    .record(z.string(), z.unknown())
    .describe("At its type's current version, residents' personal data masked"),
  metadata: eventMetadataSchema,
}) satisfies z.ZodType<AuditLogEntry>;

/** A case's state, as GET /api/cases/{caseId} shows it. */
export const caseStateSchema = z
  .record(z.string(), z.unknown())
  .describe('The case as GET /api/cases/{caseId} shows its state');

/** A case event with the state right after it. */
export const replayStepSchema = logEntrySchema.extend({ state: caseStateSchema });
