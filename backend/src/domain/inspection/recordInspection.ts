import * as z from 'zod';
import {
  idSchema,
  inspectionFindingSchema,
  inspectionRecordedSchema,
  riskLevelSchema,
  type Actor,
  type InspectionEvent,
  type InspectionRecorded,
  welfareCheckSchema,
} from '@gridline/events';
import { caseIdInputSchema } from '../case/caseIdInput.ts';
import { residentNameInput } from '../case/personalDataFormats.ts';

// One patrol, recorded when the inspector finishes it. The client names the grid; the
// street and community come from the directory, so they cannot be recorded wrongly.

/**
 * A finding as the inspector reports it. Giving it a `caseId` opens a case with that id;
 * such a finding must state its risk level, which sets the new case's deadline.
 */
export const reportedFindingSchema = z.strictObject({
  ...inspectionFindingSchema.shape,
  caseId: caseIdInputSchema.optional(),
  riskLevel: riskLevelSchema.optional(),
});
export type ReportedFinding = z.infer<typeof reportedFindingSchema>;

export const recordInspectionPayloadSchema = z.strictObject({
  ...inspectionRecordedSchema.omit({ place: true, findings: true }).shape,
  gridId: idSchema,
  welfareChecks: z
    .array(welfareCheckSchema.extend({ residentName: residentNameInput() }))
    .max(1000),
  findings: z.array(reportedFindingSchema).max(200),
});
export type RecordInspectionPayload = z.infer<typeof recordInspectionPayloadSchema>;

export interface RecordInspection {
  readonly type: 'RecordInspection';
  readonly data: RecordInspectionPayload;
  readonly actor: Actor;
  /** The server's clock when the command arrived: a patrol cannot end after it. */
  readonly now: Date;
}

/** An inspection stream holds one event: the patrol is recorded once, whole. */
export type InspectionState =
  | { readonly status: 'unrecorded' }
  | { readonly status: 'recorded'; readonly inspection: InspectionRecorded };

export const initialInspectionState: InspectionState = { status: 'unrecorded' };

export function evolveInspection(_state: InspectionState, event: InspectionEvent): InspectionState {
  switch (event.type) {
    case 'InspectionRecorded':
      return { status: 'recorded', inspection: event.data };
    default:
      return event.type satisfies never;
  }
}
