import {
  caseEventTypes,
  caseResolvedSchema,
  disputeLoggedV2Schema,
  disputePartySchema,
  escalationReasonSchema,
  escalationToLevelSchema,
  freeTextFields,
  idSchema,
  issueReportedV1Schema,
  issueReporterSchema,
  issueSourceSchema,
  levelSchema,
  longTextSchema,
  mediationRecordedSchema,
  personalDataPaths,
  reopenTriggerSchema,
  returnToLevelSchema,
  returnVisitRecordedV1Schema,
  riskLevelSchema,
  timestampSchema,
  verificationMethodSchema,
  verificationOutcomeSchema,
  type EventType,
} from '@gridline/events';
import * as z from 'zod';
import {
  residentIdNumberInput,
  residentNameInput,
  residentPhoneInput,
} from './personalDataFormats.ts';

// What a client sends for each case command, built from the event catalogue's field
// schemas so that a body the HTTP layer accepts is one the events accept. The case id,
// the actor, the time and any generated ids come with the command, never in here.

// The openings' level and deadline follow from who opens the case and when; the source is
// the client's to say. The shapes come from the events' own fields.
export const logDisputePayloadSchema = disputeLoggedV2Schema.omit({ caseId: true }).extend({
  source: issueSourceSchema,
  parties: z
    .array(
      disputePartySchema.extend({
        name: residentNameInput(),
        phone: residentPhoneInput().optional(),
        idNumber: residentIdNumberInput().optional(),
      }),
    )
    .min(1)
    .max(50),
});

export const reportIssuePayloadSchema = issueReportedV1Schema.omit({ caseId: true }).extend({
  reporter: issueReporterSchema
    .extend({ name: residentNameInput(), phone: residentPhoneInput().optional() })
    .optional(),
});

export const assignCasePayloadSchema = z.strictObject({
  assigneeId: idSchema,
  instructions: longTextSchema.optional(),
});

export const acceptCasePayloadSchema = z.strictObject({});

export const recordMediationPayloadSchema = mediationRecordedSchema.omit({
  caseId: true,
  level: true,
});

export const escalateCasePayloadSchema = z.strictObject({
  // Named although it is implied, so that a client aiming past the next level is refused.
  toLevel: escalationToLevelSchema,
  reason: escalationReasonSchema,
  explanation: longTextSchema.optional(),
  departmentId: idSchema.optional(),
});

export const summonDepartmentsPayloadSchema = z.strictObject({
  leadDepartmentId: idSchema,
  assistingDepartmentIds: z.array(idSchema).max(20).default([]),
  urgent: z.boolean(),
  request: longTextSchema,
  /** A report deadline for some of the named departments; the others get the policy's. */
  reportBy: z.record(idSchema, timestampSchema).optional(),
});

export const withdrawSummonsPayloadSchema = z.strictObject({
  summonsId: idSchema,
  reason: longTextSchema,
});

export const reassessRiskPayloadSchema = z.strictObject({
  riskLevel: riskLevelSchema,
  reason: longTextSchema,
});

export const recordDepartmentReportPayloadSchema = z.strictObject({
  summonsId: idSchema,
  departmentId: idSchema,
  response: longTextSchema,
});

export const extendDeadlinePayloadSchema = z.strictObject({
  newDeadline: timestampSchema,
  reason: longTextSchema,
});

export const verifyResolutionPayloadSchema = z.strictObject({
  outcome: verificationOutcomeSchema,
  method: verificationMethodSchema,
  note: longTextSchema.optional(),
});

export const returnCasePayloadSchema = z.strictObject({
  toLevel: returnToLevelSchema,
  reason: longTextSchema,
  guidance: longTextSchema,
});

export const resolveCasePayloadSchema = caseResolvedSchema.pick({ outcome: true, summary: true });

export const recordReturnVisitPayloadSchema = returnVisitRecordedV1Schema
  .omit({ caseId: true })
  .extend({
    respondent: z
      .strictObject({ name: residentNameInput(), phone: residentPhoneInput().optional() })
      .optional(),
  });

// A failed verification is recorded as such (VerifyResolution with outcome `failed`).
export const reopenCasePayloadSchema = z.strictObject({
  trigger: reopenTriggerSchema.exclude(['verification_failed']),
  reason: longTextSchema,
});

export const closeCasePayloadSchema = z.strictObject({
  note: longTextSchema.optional(),
  /** A street supervisor's reason to archive a case after an unsatisfied visit (诉求不合理). */
  overruleReason: longTextSchema.optional(),
});

export const recordDeadlineMissedPayloadSchema = z.strictObject({
  // The deadline the process saw; if it has moved since, the command is stale.
  level: levelSchema,
  deadline: timestampSchema,
});

export const addCaseNotePayloadSchema = z.strictObject({ text: longTextSchema });

/** Where a case's events may hold residents' personal data, e.g. `parties[].phone`. */
export const personalDataFieldsOf = (types: readonly EventType[]): string[] => [
  ...new Set(types.flatMap((type) => personalDataPaths(type))),
];

export const casePersonalFields = personalDataFieldsOf([
  'DisputeLogged',
  'IssueReported',
  'ReturnVisitRecorded',
]);

/**
 * A case's free-text fields (`description`, `text`, `summary`…): phone and ID numbers typed
 * into them are masked like the marked fields, and revealed by naming the field.
 */
export const caseFreeTextFields = [
  ...new Set(caseEventTypes.flatMap((type) => freeTextFields(type).map(({ path }) => path))),
].filter((path) => !casePersonalFields.includes(path));

export const revealPersonalDataPayloadSchema = z.strictObject({
  fields: z
    .array(z.enum([...casePersonalFields, ...caseFreeTextFields] as [string, ...string[]]))
    .min(1)
    .max(50),
  reason: longTextSchema,
});
