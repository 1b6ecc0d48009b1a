import * as z from 'zod';
import {
  disputeTypeSchema,
  issueCategorySchema,
  issueSourceSchema,
  riskLevelSchema,
} from '../caseVocabulary.ts';
import { residentIdNumber, residentName, residentPhone } from '../personalData.ts';
import { casePlaceSchema } from '../place.ts';
import { idSchema, longTextSchema, timestampSchema, titleSchema } from '../primitives.ts';

// Every case stream starts with one of these two events. A case opens at the level of the
// person who opened it, and that level's clock starts at once (限时办结 runs from intake).

/** Levels a case can open at: nobody opens a case at a department. */
export const openingLevelSchema = z.enum(['grid', 'community', 'street']);
export type OpeningLevel = z.infer<typeof openingLevelSchema>;

/**
 * Where a case came from, as recorded. `unknown` is never written: it is what an upcast
 * says for a case stored before the source was recorded, rather than guessing one.
 */
export const recordedSourceSchema = z.enum([...issueSourceSchema.options, 'unknown']);
export type RecordedSource = z.infer<typeof recordedSourceSchema>;

export const partyRoleSchema = z.enum(['applicant', 'respondent', 'other']);
export type PartyRole = z.infer<typeof partyRoleSchema>;

export const disputePartySchema = z.strictObject({
  name: residentName(),
  phone: residentPhone().optional(),
  idNumber: residentIdNumber().optional(),
  role: partyRoleSchema,
});
export type DisputeParty = z.infer<typeof disputePartySchema>;

const caseOpeningFields = {
  caseId: idSchema,
  place: casePlaceSchema,
  riskLevel: riskLevelSchema,
  title: titleSchema,
  description: longTextSchema,
  // Set when a finding of this inspection opened the case (proactive discovery).
  inspectionId: idSchema.optional(),
};

// Added in DisputeLogged v3 and IssueReported v2: the funnel counts the level a case opened
// at, and its deadline there runs from the opening. The deadline is null only for cases
// stored before the clock started at intake (their clock started at dispatch).
const intakeFields = {
  level: openingLevelSchema,
  deadline: timestampSchema.nullable(),
};

const inspectionNeedsItsSource = (
  event: { source: string; inspectionId?: string | undefined },
  ctx: z.RefinementCtx,
): void => {
  if (event.inspectionId !== undefined && event.source !== 'inspection') {
    ctx.addIssue({
      code: 'custom',
      path: ['source'],
      message: 'must be "inspection" when the case was found on an inspection',
    });
  }
};

/** DisputeLogged v2: parties with roles, but no source and no intake level. */
export const disputeLoggedV2Schema = z.strictObject({
  ...caseOpeningFields,
  disputeType: disputeTypeSchema,
  parties: z.array(disputePartySchema).min(1).max(50),
});
export type DisputeLoggedV2 = z.infer<typeof disputeLoggedV2Schema>;

export const disputeLoggedSchema = z
  .strictObject({
    ...disputeLoggedV2Schema.shape,
    ...intakeFields,
    // Patrol-found disputes count towards the proactive-discovery rate like issues do.
    source: recordedSourceSchema,
  })
  .superRefine(inspectionNeedsItsSource);
export type DisputeLogged = z.infer<typeof disputeLoggedSchema>;

/** DisputeLogged as first stored: bare party names and one contact phone. Read via its upcaster. */
export const disputeLoggedV1Schema = z.strictObject({
  caseId: idSchema,
  place: casePlaceSchema,
  riskLevel: riskLevelSchema,
  title: titleSchema,
  description: longTextSchema,
  disputeType: disputeTypeSchema,
  partyNames: z.array(residentName()).min(1).max(50),
  phone: residentPhone().optional(),
});
export type DisputeLoggedV1 = z.infer<typeof disputeLoggedV1Schema>;

export const issueReporterSchema = z.strictObject({
  name: residentName(),
  phone: residentPhone().optional(),
});
export type IssueReporter = z.infer<typeof issueReporterSchema>;

/** IssueReported v1: no intake level or deadline. */
export const issueReportedV1Schema = z.strictObject({
  ...caseOpeningFields,
  category: issueCategorySchema,
  source: issueSourceSchema,
  // Absent when nobody reported it (found on inspection) or the reporter stayed anonymous.
  reporter: issueReporterSchema.optional(),
  // The hotline ticket (12345 工单号) or the referring body's reference.
  externalReference: idSchema.optional(),
});
export type IssueReportedV1 = z.infer<typeof issueReportedV1Schema>;

export const issueReportedSchema = z
  .strictObject({ ...issueReportedV1Schema.shape, ...intakeFields })
  .superRefine(inspectionNeedsItsSource);
export type IssueReported = z.infer<typeof issueReportedSchema>;
