import { createHash } from 'node:crypto';
import { idPattern, orgStream, type OrgStreamName } from '@gridline/events';
import type { OrganisationCommand } from './organisationCommands.ts';

// One stream per street, community, grid, department and person:
//
//   org-street-<streetId>         StreetEstablished
//   org-community-<communityId>   CommunityEstablished
//   org-grid-<gridId>             GridEstablished, then BuildingRegistered
//   org-department-<departmentId> DepartmentEstablished
//   org-staff-<personId>          StaffAssigned, StaffUnassigned
//
// Small streams keep appends from contending, and an establishing command appended with
// expected revision 'no_stream' cannot win twice for one id, even when two admins race.
// The directory that commands are checked against folds all `org-` streams together.

export type OrganisationStreamKind = 'street' | 'community' | 'grid' | 'department' | 'staff';

/**
 * The stream for one organisation entity. An id is up to 64 characters, so the tagged
 * id may outgrow the stream-name id pattern; such ids are replaced by a digest behind
 * `<kind>:`, which a readable `<kind>-` name can never collide with.
 */
export function organisationStream(kind: OrganisationStreamKind, id: string): OrgStreamName {
  const readable = `${kind}-${id}`;
  if (idPattern.test(readable)) return orgStream(readable);
  if (!idPattern.test(id)) throw new RangeError(`Not a valid id: "${id}"`);
  return orgStream(`${kind}:${createHash('sha256').update(id).digest('hex').slice(0, 40)}`);
}

/** What a command's stream is about: a building is registered on its grid's stream. */
export function organisationSubjectOf(command: OrganisationCommand): {
  readonly kind: OrganisationStreamKind;
  readonly id: string;
} {
  switch (command.type) {
    case 'EstablishStreet':
      return { kind: 'street', id: command.data.streetId };
    case 'EstablishCommunity':
      return { kind: 'community', id: command.data.communityId };
    case 'EstablishGrid':
    case 'RegisterBuilding':
      return { kind: 'grid', id: command.data.gridId };
    case 'EstablishDepartment':
      return { kind: 'department', id: command.data.departmentId };
    case 'AssignStaff':
    case 'UnassignStaff':
      return { kind: 'staff', id: command.data.personId };
    default:
      return command satisfies never;
  }
}

/** The stream a command's events are appended to. */
export function organisationStreamFor(command: OrganisationCommand): OrgStreamName {
  const { kind, id } = organisationSubjectOf(command);
  return organisationStream(kind, id);
}

/** Whether the command starts its stream: append it with expected revision 'no_stream'. */
export function startsOrganisationStream(command: OrganisationCommand): boolean {
  return command.type.startsWith('Establish');
}
