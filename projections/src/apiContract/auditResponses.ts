import * as z from 'zod';
import { eventMetadataSchema } from '@gridline/events';
import type { AuditLogEntry } from '../auditLog/auditLogQueries.ts';
import { caseStateSchema } from './caseState.ts';
import type { ResponseBody } from './responseBody.ts';

// How the audit reads show events of the log: the log browser's entries, a case's replay
// (each event with the state right after it), and the case file (一案一档) with its hash.

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

/** GET /api/audit/events: a page of the log. */
export const auditLogPageSchema = z.object({
  items: z.array(logEntrySchema),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null at the end'),
});

/** A case event with the state right after it. */
export const replayStepSchema = logEntrySchema.extend({
  state: caseStateSchema.describe('The case as GET /api/cases/{caseId} shows its state'),
});

/** GET /api/cases/:caseId/replay. */
export const caseReplaySchema = z.object({
  caseId: z.string(),
  revision: z.string().describe("The case's latest revision"),
  steps: z.array(replayStepSchema).describe('In revision order; one step with ?revision'),
});

export const caseFileFormat = 'gridline.case-file/1';

/** GET /api/cases/:caseId/file: the case file and the hash that seals it (docs/api.md). */
export const caseFileSchema = z.object({
  file: z.object({
    format: z.literal(caseFileFormat),
    caseId: z.string(),
    revision: z.string().describe("The case's latest revision"),
    events: z.array(replayStepSchema).describe('In revision order, each with the state after it'),
    reveals: z
      .array(logEntrySchema.omit({ revision: true }))
      .describe("Reveals of the case's personal data, from the revealers' access logs"),
  }),
  hash: z.object({
    algorithm: z.literal('SHA-256'),
    canonicalization: z.literal('RFC 8785'),
    value: z.string().describe('Hex SHA-256 of `file` as canonical JSON (docs/api.md)'),
  }),
});

export type LogEntry = ResponseBody<typeof logEntrySchema>;
export type AuditLogPageResponse = ResponseBody<typeof auditLogPageSchema>;
export type ReplayStep = ResponseBody<typeof replayStepSchema>;
export type CaseReplay = ResponseBody<typeof caseReplaySchema>;
export type CaseFileAnswer = ResponseBody<typeof caseFileSchema>;
