import type { OrganisationEvent } from '@gridline/events';
import { DomainError } from '../domainError.ts';
import { currentAssignments, scopeExists } from './directoryQueries.ts';
import { scopeKindOfRole, type AssignStaff, type UnassignStaff } from './organisationCommands.ts';
import { sameScope, type OrganisationDirectory } from './organisationDirectory.ts';

// A person may hold several roles at once (a grid leader who also works a neighbouring
// grid), but each role in each scope only once at a time.

type Post = Pick<AssignStaff['data'], 'personId' | 'role' | 'scope'>;

const holds = (directory: OrganisationDirectory, { personId, role, scope }: Post): boolean =>
  currentAssignments(directory, personId).some(
    (spell) => spell.role === role && sameScope(spell.scope, scope),
  );

export function assignStaff(
  { data }: AssignStaff,
  directory: OrganisationDirectory,
): OrganisationEvent[] {
  const { personId, displayName, role, scope } = data;
  const expectedKind = scopeKindOfRole[role];
  if (scope.kind !== expectedKind) {
    throw new DomainError(
      'invalid',
      `A ${role} is assigned to a ${expectedKind}, not a ${scope.kind}.`,
    );
  }
  if (!scopeExists(directory, scope)) {
    throw new DomainError('invalid', `There is no ${scope.kind} "${scope.id}".`);
  }
  if (holds(directory, data)) {
    throw new DomainError(
      'illegal_state',
      `"${personId}" is already ${role} of ${scope.kind} "${scope.id}".`,
    );
  }
  return [
    {
      type: 'StaffAssigned',
      data: { personId, displayName, role, scope: { kind: scope.kind, id: scope.id } },
    },
  ];
}

export function unassignStaff(
  { data }: UnassignStaff,
  directory: OrganisationDirectory,
): OrganisationEvent[] {
  const { personId, role, scope, reason } = data;
  if (!holds(directory, data)) {
    throw new DomainError(
      'illegal_state',
      `"${personId}" is not ${role} of ${scope.kind} "${scope.id}".`,
    );
  }
  return [
    {
      type: 'StaffUnassigned',
      data: {
        personId,
        role,
        scope: { kind: scope.kind, id: scope.id },
        ...(reason === undefined ? {} : { reason }),
      },
    },
  ];
}
