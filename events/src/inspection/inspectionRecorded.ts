import * as z from 'zod';
import { issueCategorySchema } from '../caseVocabulary.ts';
import { residentName } from '../personalData.ts';
import { gridPlaceSchema } from '../place.ts';
import {
  householdCountSchema,
  idSchema,
  longTextSchema,
  timestampSchema,
  titleSchema,
} from '../primitives.ts';

// One patrol of a grid (巡查/走访), recorded when the inspector finishes it.

export const buildingVisitSchema = z.strictObject({
  buildingId: idSchema,
  householdsVisited: householdCountSchema,
});
export type BuildingVisit = z.infer<typeof buildingVisitSchema>;

export const welfareCheckStatusSchema = z.enum(['well', 'needs_attention', 'no_response']);

/** 早看窗帘晚看灯: a look-in on an elderly person living alone. */
export const welfareCheckSchema = z.strictObject({
  buildingId: idSchema,
  residentName: residentName(),
  status: welfareCheckStatusSchema,
  note: longTextSchema.optional(),
});
export type WelfareCheck = z.infer<typeof welfareCheckSchema>;

export const inspectionFindingSchema = z.strictObject({
  findingId: idSchema,
  category: issueCategorySchema,
  title: titleSchema,
  description: longTextSchema.optional(),
  buildingId: idSchema.optional(),
  // The case this finding opened; that case's causationId points back at this event.
  caseId: idSchema.optional(),
});
export type InspectionFinding = z.infer<typeof inspectionFindingSchema>;

export const inspectionRecordedSchema = z.strictObject({
  inspectionId: idSchema,
  place: gridPlaceSchema,
  inspectorId: idSchema,
  startedAt: timestampSchema,
  endedAt: timestampSchema,
  buildingsVisited: z.array(buildingVisitSchema).max(1000),
  welfareChecks: z.array(welfareCheckSchema).max(1000),
  findings: z.array(inspectionFindingSchema).max(200),
  note: longTextSchema.optional(),
});
export type InspectionRecorded = z.infer<typeof inspectionRecordedSchema>;
