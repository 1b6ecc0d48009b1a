import * as z from 'zod';
import { levelSchema } from '../ladder.ts';
import { idSchema, longTextSchema, timestampSchema } from '../primitives.ts';

// 网格吹哨、部门报到: a level blows the whistle, the named departments must report in.

export const summonedDepartmentSchema = z.strictObject({
  departmentId: idSchema,
  // Each department answers on its own clock, so response figures are per department.
  reportBy: timestampSchema,
});
export type SummonedDepartment = z.infer<typeof summonedDepartmentSchema>;

/** DepartmentSummoned v1: the level that blew the whistle was not recorded. */
export const departmentSummonedV1Schema = z.strictObject({
  caseId: idSchema,
  summonsId: idSchema,
  /** 主办: the department that owns the response. */
  lead: summonedDepartmentSchema,
  /** 协办: departments that assist. */
  assisting: z.array(summonedDepartmentSchema).max(20),
  // Urgent summons have a 30-minute report deadline; the flag keeps them countable apart.
  urgent: z.boolean(),
  request: longTextSchema,
});
export type DepartmentSummonedV1 = z.infer<typeof departmentSummonedV1Schema>;

export const departmentSummonedSchema = z.strictObject({
  ...departmentSummonedV1Schema.shape,
  /** The level holding the case when it summoned: only that level may withdraw it. Null: unknown (v1). */
  level: levelSchema.nullable(),
});
export type DepartmentSummoned = z.infer<typeof departmentSummonedSchema>;

/**
 * The level that summoned calls the summons off, with a reason: the departments that had not
 * reported no longer owe a report, and the case may be resolved without them.
 */
export const summonsWithdrawnSchema = z.strictObject({
  caseId: idSchema,
  summonsId: idSchema,
  /** Those of the summoned departments that had not reported. */
  departmentIds: z.array(idSchema).min(1).max(21),
  reason: longTextSchema,
});
export type SummonsWithdrawn = z.infer<typeof summonsWithdrawnSchema>;

export const departmentReportedSchema = z.strictObject({
  caseId: idSchema,
  summonsId: idSchema,
  departmentId: idSchema,
  response: longTextSchema,
});
export type DepartmentReported = z.infer<typeof departmentReportedSchema>;
