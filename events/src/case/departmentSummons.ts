import * as z from 'zod';
import { idSchema, longTextSchema, timestampSchema } from '../primitives.ts';

// 网格吹哨、部门报到: a level blows the whistle, the named departments must report in.

export const summonedDepartmentSchema = z.strictObject({
  departmentId: idSchema,
  // Each department answers on its own clock, so response figures are per department.
  reportBy: timestampSchema,
});
export type SummonedDepartment = z.infer<typeof summonedDepartmentSchema>;

export const departmentSummonedSchema = z.strictObject({
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
export type DepartmentSummoned = z.infer<typeof departmentSummonedSchema>;

export const departmentReportedSchema = z.strictObject({
  caseId: idSchema,
  summonsId: idSchema,
  departmentId: idSchema,
  response: longTextSchema,
});
export type DepartmentReported = z.infer<typeof departmentReportedSchema>;
