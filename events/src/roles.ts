import * as z from 'zod';
import { idSchema } from './primitives.ts';

export const staffRoles = [
  'grid_worker',
  'grid_leader',
  'community_staff',
  'street_supervisor',
  'department_liaison',
  'auditor',
  'admin',
] as const;

/** Roles a person can be assigned to. */
export const staffRoleSchema = z.enum(staffRoles);
export type StaffRole = z.infer<typeof staffRoleSchema>;

/** Who can appear as an event's actor: staff, or the system's own processes (deadlines). */
export const actorRoleSchema = z.enum([...staffRoles, 'system']);
export type ActorRole = z.infer<typeof actorRoleSchema>;

export const scopeKinds = ['grid', 'community', 'street', 'department', 'district'] as const;

export const scopeSchema = z.strictObject({
  kind: z.enum(scopeKinds),
  id: idSchema,
});
export type Scope = z.infer<typeof scopeSchema>;
