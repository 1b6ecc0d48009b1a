import * as z from 'zod';
import {
  casePlaceSchema,
  closureBasisSchema,
  levelSchema,
  resolutionOutcomeSchema,
  returnVisitRatingSchema,
  riskLevelSchema,
  timestampSchema,
} from '@gridline/events';
import type { ResponseBody } from './responseBody.ts';

// A case as the server folds it from its stream (backend/src/domain/case/caseState.ts):
// one shape per status, each carrying only what can be true in it. The backend checks
// its own types against these schemas when it builds a response.

const personIds = z.array(z.string());
const count = z.int().min(0);

const caseFactsShape = {
  caseId: z.string(),
  kind: z.enum(['dispute', 'issue']),
  place: casePlaceSchema,
  riskLevel: riskLevelSchema,
  level: levelSchema.describe('The rung of the ladder the case is on now'),
  departmentId: z
    .string()
    .nullable()
    .describe('The department holding the case while it is at the department level'),
  openedAtLevel: levelSchema,
  deadline: z
    .object({
      level: levelSchema,
      due: timestampSchema.describe('The deadline in force, extensions included'),
      original: timestampSchema.describe('As set when the case reached the level'),
    })
    .nullable()
    .describe('Runs from when the case entered its level; null once resolved'),
  originalDeadlines: z
    .partialRecord(levelSchema, timestampSchema)
    .describe('The latest deadline each level was given, before any extension'),
  extensionsByLevel: z.partialRecord(levelSchema, count),
  dispatcherIds: personIds,
  handlerIds: personIds,
  mediatorIds: personIds,
  summonses: z.array(
    z.object({
      summonsId: z.string(),
      urgent: z.boolean(),
      level: levelSchema.nullable().describe('The level that summoned, null if not recorded'),
      departments: z.array(
        z.object({
          departmentId: z.string(),
          role: z.enum(['lead', 'assisting']),
          reportBy: timestampSchema,
          reported: z.boolean(),
          withdrawn: z.boolean(),
        }),
      ),
    }),
  ),
  missedDeadlines: z.array(z.object({ level: levelSchema, deadline: timestampSchema })),
  failedMediationLevels: z.array(levelSchema),
  unsatisfiedResolutions: z
    .array(z.int().min(1))
    .describe('Resolutions (by number) a resident called unsatisfied'),
  resolutionCount: count,
  lastOccurredAt: timestampSchema.nullable(),
  returnCount: count,
  reopenCount: count,
};

const assignmentSchema = z.object({ assigneeId: z.string(), dispatcherId: z.string() });

const resolutionSchema = z.object({
  number: z.int().min(1),
  level: levelSchema,
  outcome: resolutionOutcomeSchema,
  resolverId: z.string(),
  resolvedAt: timestampSchema.nullable(),
});

const returnVisitsSchema = z.array(
  z.object({
    rating: returnVisitRatingSchema,
    visitorId: z.string(),
    recordedAt: timestampSchema.nullable(),
  }),
);

/** Where a case stands: a union of its statuses, told apart by `status`. */
export const caseStateSchema = z
  .discriminatedUnion('status', [
    z
      .object({ status: z.literal('awaiting_dispatch'), ...caseFactsShape })
      .describe('Open at its level with nobody holding it: just logged, escalated, returned'),
    z.object({ status: z.literal('assigned'), ...caseFactsShape, assignment: assignmentSchema }),
    z.object({
      status: z.literal('in_progress'),
      ...caseFactsShape,
      assignment: assignmentSchema,
    }),
    z.object({
      status: z.literal('resolved'),
      ...caseFactsShape,
      resolution: resolutionSchema,
      assignment: assignmentSchema
        .nullable()
        .describe('Who held the case when it was resolved; a reopened case goes back to them'),
      verified: z.boolean(),
      returnVisits: returnVisitsSchema,
    }),
    z.object({
      status: z.literal('closed'),
      ...caseFactsShape,
      resolution: resolutionSchema,
      returnVisits: returnVisitsSchema,
      basis: closureBasisSchema,
    }),
  ])
  .meta({ id: 'CaseState' });

/** A case's state as `GET /api/cases/:caseId` and every case command answer it. */
export type CaseStateBody = ResponseBody<typeof caseStateSchema>;
