import * as z from 'zod';
import type { CaseBoardItem } from '@gridline/projections';

const timestamp = z.string().describe('ISO 8601 instant');

/** One case of the board, as GET /api/cases answers it (checked against the read model's type). */
export const caseBoardItemSchema = z.object({
  caseId: z.string(),
  kind: z.enum(['dispute', 'issue']),
  category: z.string().nullable(),
  disputeType: z.string().nullable(),
  source: z.string(),
  title: z.string(),
  place: z.object({
    streetId: z.string(),
    communityId: z.string(),
    gridId: z.string(),
    buildingId: z.string().nullable(),
  }),
  riskLevel: z.string(),
  level: z.string(),
  openedAtLevel: z.string(),
  status: z.string(),
  assigneeId: z.string().nullable(),
  departmentId: z.string().nullable(),
  deadline: timestamp.nullable().describe('The deadline in force, extensions included'),
  originalDeadline: timestamp.nullable().describe("The level's deadline before any extension"),
  overdue: z.boolean(),
  openedAt: timestamp,
  escalatedAt: timestamp.nullable(),
  escalationCount: z.number().int(),
  returnCount: z.number().int(),
  reopenCount: z.number().int(),
  missedDeadlines: z.number().int(),
  resolutionLevel: z.string().nullable(),
  resolvedAt: timestamp.nullable(),
  closedAt: timestamp.nullable(),
  lastChangeAt: timestamp,
  lastChangeType: z.string(),
}) satisfies z.ZodType<CaseBoardItem>;
