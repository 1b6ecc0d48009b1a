import type { Actor, OrganisationEvent, StaffRole } from '@gridline/events';
import { sampleEventData, sampleIds } from '@gridline/events/fixtures/sampleEvents.ts';
import { foldDirectory, type OrganisationDirectory } from './organisationDirectory.ts';

// A small district for tests: street 和平 → community 瑞岭 → grids 03 (buildings 3 and 5)
// and 04 (building 7), a police station, and the grid's worker and leader.

export { sampleIds as ids };
export const otherGrid = 'grid-ruiling-04';
export const otherGridBuilding = 'building-ruiling-7';
export const district = { kind: 'district', id: 'district-heping' } as const;
export const gridScope = { kind: 'grid', id: sampleIds.grid } as const;

export const actor = (role: StaffRole, scope: Actor['scope'] = district): Actor => ({
  personId: `p-${role}`,
  role,
  scope,
});
export const admin = actor('admin');

export const streetEstablished = {
  type: 'StreetEstablished',
  data: sampleEventData.StreetEstablished,
} as const satisfies OrganisationEvent;
export const communityEstablished = {
  type: 'CommunityEstablished',
  data: sampleEventData.CommunityEstablished,
} as const satisfies OrganisationEvent;
export const gridEstablished = {
  type: 'GridEstablished',
  data: sampleEventData.GridEstablished,
} as const satisfies OrganisationEvent;
export const buildingRegistered = {
  type: 'BuildingRegistered',
  data: sampleEventData.BuildingRegistered,
} as const satisfies OrganisationEvent;
export const otherGridEstablished = {
  type: 'GridEstablished',
  data: {
    gridId: otherGrid,
    communityId: sampleIds.community,
    name: '第四网格',
    buildings: [{ buildingId: otherGridBuilding, name: '7号楼', households: 24 }],
  },
} as const satisfies OrganisationEvent;
export const departmentEstablished = {
  type: 'DepartmentEstablished',
  data: sampleEventData.DepartmentEstablished,
} as const satisfies OrganisationEvent;

export const assigned = (
  personId: string,
  role: StaffRole,
  scope: Actor['scope'],
  displayName = '张伟',
): OrganisationEvent => ({ type: 'StaffAssigned', data: { personId, displayName, role, scope } });

export const unassigned = (
  personId: string,
  role: StaffRole,
  scope: Actor['scope'],
): OrganisationEvent => ({ type: 'StaffUnassigned', data: { personId, role, scope } });

export const places: readonly OrganisationEvent[] = [
  streetEstablished,
  communityEstablished,
  gridEstablished,
  buildingRegistered,
  otherGridEstablished,
  departmentEstablished,
];

export const gridStaff: readonly OrganisationEvent[] = [
  assigned(sampleIds.gridWorker, 'grid_worker', gridScope),
  assigned(sampleIds.gridLeader, 'grid_leader', gridScope, '李娜'),
];

/** The directory after these events, recorded a minute apart from 1 June 2024. */
export function directoryOf(events: readonly OrganisationEvent[]): OrganisationDirectory {
  const first = Date.parse('2024-06-01T09:00:00+08:00');
  return foldDirectory(
    events.map((event, minute) => ({ event, recordedAt: new Date(first + minute * 60_000) })),
  );
}
