import type { Scope, StaffRole } from '@gridline/events';

export type { Scope, StaffRole } from '@gridline/events';

/**
 * Who is making a request: the signed-in account's person, role and scope. Assignable to
 * the events catalogue's `Actor` (which also allows the `system` role for processes).
 */
export interface Actor {
  readonly personId: string;
  readonly role: StaffRole;
  readonly scope: Scope;
}
