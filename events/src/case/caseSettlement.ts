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

/** CaseResolved v1: the level and outcome only; who and against which deadline were not recorded. */
export const caseResolvedV1Schema = z.strictObject({
  caseId: idSchema,
  level: levelSchema,
  outcome: resolutionOutcomeSchema,
  summary: longTextSchema,
});
export type CaseResolvedV1 = z.infer<typeof caseResolvedV1Schema>;

/** Counts a case's resolutions from 1: a reopened case is resolved again under the next number. */
export const resolutionNumberSchema = z.int().min(1).max(1000);

// Every fact a reader of a resolution needs is in the event, so no figure has to refold
// the stream. Null means "unknown": only an upcast of a v1 event says that.
export const caseResolvedSchema = z.strictObject({
  ...caseResolvedV1Schema.shape,
  /** The level that settled it: the retention rates are computed from this. */
  level: levelSchema,
  resolverId: idSchema,
  resolutionNumber: resolutionNumberSchema.nullable(),
  /** The deadline in force at that level when it was resolved, extensions included. */
  deadlineInForce: timestampSchema.nullable(),
  /** The level's deadline before any extension: "on time without an extension" is held to it. */
  originalDeadline: timestampSchema.nullable(),
});
export type CaseResolved = z.infer<typeof caseResolvedSchema>;

export const verificationMethodSchema = z.enum(['site_visit', 'phone', 'documents']);
export const verificationOutcomeSchema = z.enum(['confirmed', 'failed']);
export type VerificationOutcome = z.infer<typeof verificationOutcomeSchema>;

/** ResolutionVerified v1: every v1 verification confirmed; a failed check was a reopen. */
export const resolutionVerifiedV1Schema = z.strictObject({
  caseId: idSchema,
  method: verificationMethodSchema,
  note: longTextSchema.optional(),
});
export type ResolutionVerifiedV1 = z.infer<typeof resolutionVerifiedV1Schema>;

/**
 * 核查: a four-eyes check of one resolution. A failed check sends the case back to work at
 * the level that resolved it, on a new deadline from that moment.
 */
export const resolutionVerifiedSchema = z
  .strictObject({
    ...resolutionVerifiedV1Schema.shape,
    outcome: verificationOutcomeSchema,
    verifierId: idSchema,
    resolutionNumber: resolutionNumberSchema.nullable(),
    /** Set on a failed check only: the resolution level's new deadline. */
    deadline: timestampSchema.optional(),
  })
  .superRefine((event, ctx) => {
    if ((event.outcome === 'failed') !== (event.deadline !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['deadline'],
        message: 'is set when, and only when, the verification failed',
      });
    }
  });
export type ResolutionVerified = z.infer<typeof resolutionVerifiedSchema>;

export const returnVisitMethodSchema = z.enum(['phone', 'in_person', 'online']);

/** ReturnVisitRecorded v1: which resolution it judged and who called were not recorded. */
export const returnVisitRecordedV1Schema = z.strictObject({
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
export type ReturnVisitRecordedV1 = z.infer<typeof returnVisitRecordedV1Schema>;

/** 回访: one resident's judgement of one resolution; a later visit never replaces it. */
export const returnVisitRecordedSchema = z.strictObject({
  ...returnVisitRecordedV1Schema.shape,
  /** Null only when upcast from v1. */
  resolutionNumber: resolutionNumberSchema.nullable(),
  visitorId: idSchema,
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

/**
 * Why a case could be archived. `overruled_by_street` is a street supervisor closing a case
 * after an unsatisfied visit, with a recorded reason (诉求不合理 and the like).
 */
export const closureBasisSchema = z.enum([
  'satisfied_return_visit',
  'no_return_visit_in_time',
  'overruled_by_street',
]);
export type ClosureBasis = z.infer<typeof closureBasisSchema>;

export const caseClosedV1Schema = z.strictObject({
  caseId: idSchema,
  basis: closureBasisSchema.exclude(['overruled_by_street']),
  note: longTextSchema.optional(),
});
export type CaseClosedV1 = z.infer<typeof caseClosedV1Schema>;

export const caseClosedSchema = z
  .strictObject({
    caseId: idSchema,
    basis: closureBasisSchema,
    note: longTextSchema.optional(),
    /** Required when a street supervisor overrules an unsatisfied visit. */
    reason: longTextSchema.optional(),
  })
  .superRefine((event, ctx) => {
    if ((event.basis === 'overruled_by_street') !== (event.reason !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'is given when, and only when, a street supervisor overrules an unsatisfied visit',
      });
    }
  });
export type CaseClosed = z.infer<typeof caseClosedSchema>;
