import * as z from 'zod';
import type {
  GridPatchResponse,
  PatchBuilding,
  PatchGrid,
  PatchInspection,
  WelfareCheckItem,
  WorkerActivity,
} from '@gridline/projections';
import { caseBoardItemSchema } from './caseBoardItemSchema.ts';
import { pageSchema } from './listRequest.ts';

// The grid patch's answers, checked against the read model's types.

const timestamp = z.string().describe('ISO 8601 instant');

export const patchGridSchema = z.object({
  gridId: z.string(),
  name: z.string(),
  communityId: z.string(),
  streetId: z.string(),
}) satisfies z.ZodType<PatchGrid>;

export const patchBuildingSchema = z.object({
  buildingId: z.string(),
  name: z.string(),
  households: z.number().int(),
  lastVisit: z
    .object({
      recordedAt: timestamp.describe('When the patrol was recorded: what the flags count from'),
      endedAt: timestamp.describe('When the patrol ended, as the inspector gave it'),
      inspectionId: z.string(),
      inspectorId: z.string(),
      householdsVisited: z.number().int(),
    })
    .nullable(),
  notVisitedFor7Days: z.boolean(),
  notVisitedFor30Days: z.boolean(),
}) satisfies z.ZodType<PatchBuilding>;

export const patchInspectionSchema = z.object({
  inspectionId: z.string(),
  inspectorId: z.string(),
  startedAt: timestamp,
  endedAt: timestamp,
  recordedAt: timestamp,
  buildingsVisited: z.number().int(),
  householdsVisited: z.number().int(),
  welfareChecks: z.number().int(),
  welfareNeedsAttention: z.number().int(),
  welfareNoResponse: z.number().int(),
  findings: z.number().int(),
  casesOpened: z.number().int(),
}) satisfies z.ZodType<PatchInspection>;

export const welfareCheckItemSchema = z.object({
  checkId: z.string(),
  inspectionId: z.string(),
  inspectorId: z.string(),
  buildingId: z.string(),
  resident: z.string().describe('The resident’s name, masked (赵*)'),
  status: z.enum(['well', 'needs_attention', 'no_response']),
  note: z.string().nullable(),
  endedAt: timestamp,
  recordedAt: timestamp,
}) satisfies z.ZodType<WelfareCheckItem>;

export const workerActivitySchema = z.object({
  inspectorId: z.string(),
  weeks: z.array(
    z.object({
      from: timestamp.describe('Exclusive'),
      to: timestamp.describe('Inclusive'),
      inspections: z.number().int(),
      householdsVisited: z.number().int(),
      welfareChecks: z.number().int(),
    }),
  ),
}) satisfies z.ZodType<WorkerActivity>;

export const gridPatchSchema = z.object({
  grid: patchGridSchema,
  asOf: timestamp.describe('The server time the flags and weeks are counted from'),
  buildings: z.array(patchBuildingSchema).describe('Longest unvisited (or never) first'),
  openCases: pageSchema(caseBoardItemSchema).describe(
    'By deadline, overdue first; continue with GET /api/cases?grid=…&open=true&cursor=…',
  ),
  recentInspections: pageSchema(patchInspectionSchema).describe(
    'Newest first; continue with GET /api/grids/{gridId}/inspections?cursor=…',
  ),
  welfareChecks: pageSchema(welfareCheckItemSchema).describe(
    'Newest first; continue with GET /api/grids/{gridId}/welfare-checks?cursor=…',
  ),
  workerActivity: z.array(workerActivitySchema),
}) satisfies z.ZodType<GridPatchResponse>;
