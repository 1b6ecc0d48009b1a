import * as z from 'zod';
import type { DepartmentResponse, SummonsItem } from '@gridline/projections';

// The department summons answers, checked against the read model's types.

const timestamp = z.string().describe('ISO 8601 instant');

export const summonsItemSchema = z.object({
  caseId: z.string(),
  summonsId: z.string(),
  departmentId: z.string(),
  role: z.enum(['lead', 'assisting']).describe('主办 (lead) or 协办 (assisting)'),
  urgent: z.boolean(),
  summonedAt: timestamp,
  reportBy: timestamp.describe("This department's report deadline"),
  reportedAt: timestamp.nullable(),
  withdrawnAt: timestamp.nullable(),
  open: z.boolean().describe('Neither reported nor withdrawn'),
  overdue: z.boolean().describe('Open past the report deadline'),
  reportedOnTime: z.boolean().nullable().describe('Null until it reports'),
  summoningLevel: z.string().nullable().describe('Null when recorded before the level was'),
  case: z.object({
    title: z.string(),
    place: z.object({ streetId: z.string(), communityId: z.string(), gridId: z.string() }),
  }),
}) satisfies z.ZodType<SummonsItem>;

export const departmentResponseSchema = z.object({
  departmentId: z.string(),
  summoned: z.number().int().describe('Every summons, withdrawn ones included'),
  withdrawn: z.number().int(),
  reportedOnTime: z.number().int(),
  reportedLate: z.number().int(),
  open: z.number().int().describe('Neither reported nor withdrawn'),
  overdue: z.number().int().describe('Open past the report deadline'),
  onTimeRate: z.number().nullable().describe('reportedOnTime ÷ (summoned − withdrawn)'),
}) satisfies z.ZodType<DepartmentResponse>;

export const departmentResponsesSchema = z.object({
  asOf: timestamp,
  departments: z.array(departmentResponseSchema),
});
