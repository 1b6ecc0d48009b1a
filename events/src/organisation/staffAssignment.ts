import * as z from 'zod';
import { idSchema, longTextSchema, nameSchema } from '../primitives.ts';
import { scopeSchema, staffRoleSchema } from '../roles.ts';

// Who held which role where and when: kept as events so an auditor can ask about any day.
// A person may hold several assignments; an unassignment ends the one with the same role and scope.

export const staffAssignedSchema = z.strictObject({
  personId: idSchema,
  displayName: nameSchema,
  role: staffRoleSchema,
  scope: scopeSchema,
});
export type StaffAssigned = z.infer<typeof staffAssignedSchema>;

export const staffUnassignedSchema = z.strictObject({
  personId: idSchema,
  role: staffRoleSchema,
  scope: scopeSchema,
  reason: longTextSchema.optional(),
});
export type StaffUnassigned = z.infer<typeof staffUnassignedSchema>;
