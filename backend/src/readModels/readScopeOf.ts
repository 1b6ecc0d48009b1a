import type { Actor } from '@gridline/events';
import type { ReadScope } from '@gridline/projections';
import { holdsRoleInItsScope } from '../domain/case/caseAccess.ts';
import { DomainError } from '../domain/domainError.ts';

/**
 * What of the read models a person may see: auditors and admins the whole district,
 * everyone else their own scope — the same reach the case rules give them.
 */
export const readScopeOf = (actor: Actor): ReadScope => {
  if (actor.role === 'auditor' || actor.role === 'admin') return { kind: 'district' };
  if (!holdsRoleInItsScope(actor) || actor.scope.kind === 'district') {
    throw new DomainError(
      'forbidden',
      `A ${actor.role} scoped to ${actor.scope.kind} ${actor.scope.id} reads nothing`,
    );
  }
  return { kind: actor.scope.kind, id: actor.scope.id };
};
