import {
  caseReopenedSchema,
  caseResolvedSchema,
  disputeLoggedSchema,
  disputePartySchema,
  escalationReasonSchema,
  escalationToLevelSchema,
  idSchema,
  issueReportedSchema,
  issueReporterSchema,
  levelSchema,
  longTextSchema,
  mediationRecordedSchema,
  personalDataPaths,
  resolutionVerifiedSchema,
  returnToLevelSchema,
  returnVisitRecordedSchema,
  timestampSchema,
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

export const logDisputePayloadSchema = disputeLoggedSchema
  .omit({ caseId: true, inspectionId: true })
  .extend({
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

export const reportIssuePayloadSchema = issueReportedSchema
  .omit({ caseId: true, inspectionId: true })
  .extend({
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

export const verifyResolutionPayloadSchema = resolutionVerifiedSchema.omit({ caseId: true });

export const returnCasePayloadSchema = z.strictObject({
  toLevel: returnToLevelSchema,
  reason: longTextSchema,
  guidance: longTextSchema,
});

export const resolveCasePayloadSchema = caseResolvedSchema.pick({ outcome: true, summary: true });

export const recordReturnVisitPayloadSchema = returnVisitRecordedSchema
  .omit({ caseId: true })
  .extend({
    respondent: z
      .strictObject({ name: residentNameInput(), phone: residentPhoneInput().optional() })
      .optional(),
  });

export const reopenCasePayloadSchema = caseReopenedSchema.pick({ trigger: true, reason: true });

export const closeCasePayloadSchema = z.strictObject({ note: longTextSchema.optional() });

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

const casePersonalFields = personalDataFieldsOf([
  'DisputeLogged',
  'IssueReported',
  'ReturnVisitRecorded',
]);

export const revealPersonalDataPayloadSchema = z.strictObject({
  fields: z
    .array(z.enum(casePersonalFields as [string, ...string[]]))
    .min(1)
    .max(50),
  reason: longTextSchema,
});
