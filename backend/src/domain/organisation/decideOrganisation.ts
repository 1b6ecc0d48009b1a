import type { OrganisationEvent } from '@gridline/events';
import { isAdmin } from '../case/caseAccess.ts';
import { DomainError } from '../domainError.ts';
import type { OrganisationCommand } from './organisationCommands.ts';
import type { OrganisationDirectory } from './organisationDirectory.ts';
import {
  establishCommunity,
  establishDepartment,
  establishGrid,
  establishStreet,
  registerBuilding,
} from './organisationStructureRules.ts';
import { assignStaff, unassignStaff } from './staffAssignmentRules.ts';

/**
 * The events an organisation command leads to, or a DomainError. Pure: the directory must
 * have been folded from every `org-` event the command could depend on.
 */
export function decideOrganisation(
  command: OrganisationCommand,
  directory: OrganisationDirectory,
): OrganisationEvent[] {
  // Auditors read everything and change nothing; the organisation is the admins' to shape.
  if (!isAdmin(command.actor)) {
    throw new DomainError('forbidden', 'Only an administrator may change the organisation.');
  }
  switch (command.type) {
    case 'EstablishStreet':
      return establishStreet(command, directory);
    case 'EstablishCommunity':
      return establishCommunity(command, directory);
    case 'EstablishGrid':
      return establishGrid(command, directory);
    case 'RegisterBuilding':
      return registerBuilding(command, directory);
    case 'EstablishDepartment':
      return establishDepartment(command, directory);
    case 'AssignStaff':
      return assignStaff(command, directory);
    case 'UnassignStaff':
      return unassignStaff(command, directory);
    default:
      return command satisfies never;
  }
}
