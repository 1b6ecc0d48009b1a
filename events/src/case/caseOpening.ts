import * as z from 'zod';
import {
  disputeTypeSchema,
  issueCategorySchema,
  issueSourceSchema,
  riskLevelSchema,
} from '../caseVocabulary.ts';
import { residentIdNumber, residentName, residentPhone } from '../personalData.ts';
import { casePlaceSchema } from '../place.ts';
import { idSchema, longTextSchema, titleSchema } from '../primitives.ts';

// Every case stream starts with one of these two events; the case starts at the grid level.

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

export const disputeLoggedSchema = z.strictObject({
  ...caseOpeningFields,
  disputeType: disputeTypeSchema,
  parties: z.array(disputePartySchema).min(1).max(50),
});
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

export const issueReportedSchema = z.strictObject({
  ...caseOpeningFields,
  category: issueCategorySchema,
  source: issueSourceSchema,
  // Absent when nobody reported it (found on inspection) or the reporter stayed anonymous.
  reporter: issueReporterSchema.optional(),
  // The hotline ticket (12345 工单号) or the referring body's reference.
  externalReference: idSchema.optional(),
});
export type IssueReported = z.infer<typeof issueReportedSchema>;
