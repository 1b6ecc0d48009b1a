import * as z from 'zod';
import { escalationReasonSchema, riskLevelSchema } from '../caseVocabulary.ts';
import {
  escalationFromLevelSchema,
  escalationToLevelSchema,
  levelSchema,
  returnFromLevelSchema,
  returnToLevelSchema,
} from '../ladder.ts';
import { idSchema, longTextSchema, timestampSchema } from '../primitives.ts';

// Who holds the case, at which level, and by when it must be settled there.

export const caseAssignedSchema = z.strictObject({
  caseId: idSchema,
  level: levelSchema,
  assigneeId: idSchema,
  // Also the actor, but the four-eyes check on verification needs it in the case's state,
  // which is folded from event data alone.
  dispatcherId: idSchema,
  deadline: timestampSchema,
  instructions: longTextSchema.optional(),
});
export type CaseAssigned = z.infer<typeof caseAssignedSchema>;

export const caseAcceptedSchema = z.strictObject({
  caseId: idSchema,
  level: levelSchema,
});
export type CaseAccepted = z.infer<typeof caseAcceptedSchema>;

export const caseEscalatedSchema = z
  .strictObject({
    caseId: idSchema,
    fromLevel: escalationFromLevelSchema,
    toLevel: escalationToLevelSchema,
    reason: escalationReasonSchema,
    explanation: longTextSchema.optional(),
    deadline: timestampSchema,
    // At department level the case is held by one department, so it must be named.
    departmentId: idSchema.optional(),
  })
  .superRefine((event, ctx) => {
    const needsDepartment = event.toLevel === 'department';
    if (needsDepartment !== (event.departmentId !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['departmentId'],
        message: needsDepartment
          ? 'is required when escalating to the department level'
          : 'is only allowed when escalating to the department level',
      });
    }
  });
export type CaseEscalated = z.infer<typeof caseEscalatedSchema>;

export const caseReturnedSchema = z.strictObject({
  caseId: idSchema,
  fromLevel: returnFromLevelSchema,
  toLevel: returnToLevelSchema,
  reason: longTextSchema,
  guidance: longTextSchema,
  deadline: timestampSchema,
});
export type CaseReturned = z.infer<typeof caseReturnedSchema>;

/** The original deadline stays on the resolution: the on-time rate uses the deadline in force. */
export const deadlineExtendedSchema = z.strictObject({
  caseId: idSchema,
  level: levelSchema,
  previousDeadline: timestampSchema,
  newDeadline: timestampSchema,
  reason: longTextSchema,
});
export type DeadlineExtended = z.infer<typeof deadlineExtendedSchema>;

/** Appended once per (level, deadline) by the deadline process; the pair is its idempotency key. */
export const caseDeadlineMissedSchema = z.strictObject({
  caseId: idSchema,
  level: levelSchema,
  deadline: timestampSchema,
});
export type CaseDeadlineMissed = z.infer<typeof caseDeadlineMissedSchema>;

/**
 * 风险研判: staff at the case's level judge its risk anew. The deadline in force stays; the
 * new risk sets the deadline of the next level the case enters.
 */
export const caseRiskReassessedSchema = z.strictObject({
  caseId: idSchema,
  level: levelSchema,
  previousRiskLevel: riskLevelSchema,
  riskLevel: riskLevelSchema,
  reason: longTextSchema,
});
export type CaseRiskReassessed = z.infer<typeof caseRiskReassessedSchema>;
