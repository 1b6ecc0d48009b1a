import type { OrganisationEvent } from '@gridline/events';
import { DomainError } from '../domainError.ts';
import type {
  EstablishCommunity,
  EstablishDepartment,
  EstablishGrid,
  EstablishStreet,
  RegisterBuilding,
} from './organisationCommands.ts';
import type { OrganisationDirectory } from './organisationDirectory.ts';

// The district's places and departments are established once and then only grow.
// Building ids are unique across the district, not just the grid: inspections, findings
// and cases name a building by its id alone.

const alreadyEstablished = (what: string, id: string) =>
  new DomainError('illegal_state', `The ${what} "${id}" is already established.`);

const unknown = (what: string, id: string) =>
  new DomainError('invalid', `There is no ${what} "${id}".`);

export function establishStreet(
  { data }: EstablishStreet,
  directory: OrganisationDirectory,
): OrganisationEvent[] {
  if (directory.streets.has(data.streetId)) throw alreadyEstablished('street', data.streetId);
  return [{ type: 'StreetEstablished', data: { streetId: data.streetId, name: data.name } }];
}

export function establishCommunity(
  { data }: EstablishCommunity,
  directory: OrganisationDirectory,
): OrganisationEvent[] {
  const { communityId, streetId, name } = data;
  if (directory.communities.has(communityId)) throw alreadyEstablished('community', communityId);
  if (!directory.streets.has(streetId)) throw unknown('street', streetId);
  return [{ type: 'CommunityEstablished', data: { communityId, streetId, name } }];
}

export function establishGrid(
  { data }: EstablishGrid,
  directory: OrganisationDirectory,
): OrganisationEvent[] {
  const { gridId, communityId, name, buildings } = data;
  if (directory.grids.has(gridId)) throw alreadyEstablished('grid', gridId);
  if (!directory.communities.has(communityId)) throw unknown('community', communityId);
  const seen = new Set<string>();
  for (const { buildingId } of buildings) {
    if (seen.has(buildingId)) {
      throw new DomainError('invalid', `The building "${buildingId}" is listed twice.`);
    }
    seen.add(buildingId);
    refuseRegisteredBuilding(buildingId, directory);
  }
  return [
    {
      type: 'GridEstablished',
      data: {
        gridId,
        communityId,
        name,
        buildings: buildings.map((building) => ({ ...building })),
      },
    },
  ];
}

export function registerBuilding(
  { data }: RegisterBuilding,
  directory: OrganisationDirectory,
): OrganisationEvent[] {
  if (!directory.grids.has(data.gridId)) throw unknown('grid', data.gridId);
  refuseRegisteredBuilding(data.building.buildingId, directory);
  return [
    { type: 'BuildingRegistered', data: { gridId: data.gridId, building: { ...data.building } } },
  ];
}

function refuseRegisteredBuilding(buildingId: string, directory: OrganisationDirectory): void {
  const gridId = directory.gridOfBuilding.get(buildingId);
  if (gridId !== undefined) {
    throw new DomainError(
      'illegal_state',
      `The building "${buildingId}" is already registered in grid "${gridId}".`,
    );
  }
}

export function establishDepartment(
  { data }: EstablishDepartment,
  directory: OrganisationDirectory,
): OrganisationEvent[] {
  const { departmentId, name, kind, belongsTo } = data;
  if (directory.departments.has(departmentId)) {
    throw alreadyEstablished('department', departmentId);
  }
  // The district has no event of its own (one per deployment), so only a street is checked.
  if (belongsTo.kind === 'street' && !directory.streets.has(belongsTo.id)) {
    throw unknown('street', belongsTo.id);
  }
  return [
    {
      type: 'DepartmentEstablished',
      data: { departmentId, name, kind, belongsTo: { kind: belongsTo.kind, id: belongsTo.id } },
    },
  ];
}
