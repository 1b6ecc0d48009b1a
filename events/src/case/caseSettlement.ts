import * as z from 'zod';
import {
  mediationOutcomeSchema,
  resolutionOutcomeSchema,
  returnVisitRatingSchema,
} from '../caseVocabulary.ts';
import { levelSchema } from '../ladder.ts';
import { residentName, residentPhone } from '../personalData.ts';
import { idSchema, longTextSchema, nameSchema, timestampSchema } from '../primitives.ts';

// From the attempt to settle a case to its archive.

export const mediationRecordedSchema = z.strictObject({
  caseId: idSchema,
  level: levelSchema,
  outcome: mediationOutcomeSchema,
  summary: longTextSchema,
  // Mediators are officials or members of a mediation committee, not residents.
  mediatorName: nameSchema.optional(),
  agreementTerms: longTextSchema.optional(),
});
export type MediationRecorded = z.infer<typeof mediationRecordedSchema>;

export const caseResolvedSchema = z.strictObject({
  caseId: idSchema,
  /** The level that settled it: the retention rates are computed from this. */
  level: levelSchema,
  outcome: resolutionOutcomeSchema,
  summary: longTextSchema,
});
export type CaseResolved = z.infer<typeof caseResolvedSchema>;

export const verificationMethodSchema = z.enum(['site_visit', 'phone', 'documents']);

/** 核查: a four-eyes check of the latest resolution; a failed check reopens the case instead. */
export const resolutionVerifiedSchema = z.strictObject({
  caseId: idSchema,
  method: verificationMethodSchema,
  note: longTextSchema.optional(),
});
export type ResolutionVerified = z.infer<typeof resolutionVerifiedSchema>;

export const returnVisitMethodSchema = z.enum(['phone', 'in_person', 'online']);

export const returnVisitRecordedSchema = z.strictObject({
  caseId: idSchema,
  rating: returnVisitRatingSchema,
  method: returnVisitMethodSchema,
  respondent: z
    .strictObject({
      name: residentName(),
      phone: residentPhone().optional(),
    })
    .optional(),
  comment: longTextSchema.optional(),
});
export type ReturnVisitRecorded = z.infer<typeof returnVisitRecordedSchema>;

export const reopenTriggerSchema = z.enum([
  'return_visit_unsatisfied',
  'verification_failed',
  'new_information',
]);

export const caseReopenedSchema = z.strictObject({
  caseId: idSchema,
  /** The level it was resolved at, where it goes back into progress. */
  level: levelSchema,
  trigger: reopenTriggerSchema,
  reason: longTextSchema,
  deadline: timestampSchema,
});
export type CaseReopened = z.infer<typeof caseReopenedSchema>;

export const closureBasisSchema = z.enum(['satisfied_return_visit', 'no_return_visit_in_time']);

export const caseClosedSchema = z.strictObject({
  caseId: idSchema,
  basis: closureBasisSchema,
  note: longTextSchema.optional(),
});
export type CaseClosed = z.infer<typeof caseClosedSchema>;
