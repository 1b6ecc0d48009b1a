import type { Actor, ActorRole, Scope } from '@gridline/events';
import type { StaffAssignmentRef } from '../caseCommands.ts';

// One street, one community, one grid where the case happens, and people in and around it.

export const place = {
  streetId: 'street-heping',
  communityId: 'community-ruiling',
  gridId: 'grid-ruiling-03',
  buildingId: 'building-ruiling-3',
} as const;

export const elsewhere = {
  streetId: 'street-xinhua',
  communityId: 'community-ruiyi',
  gridId: 'grid-ruiling-04',
} as const;

export const departments = {
  police: 'dept-police-heping',
  urbanManagement: 'dept-urban-mgmt',
  housing: 'dept-housing',
} as const;

const person = (personId: string, role: ActorRole, kind: Scope['kind'], id: string): Actor => ({
  personId,
  role,
  scope: { kind, id },
});

const district = 'district-heping';

export const people = {
  gridWorker: person('p-zhang-wei', 'grid_worker', 'grid', place.gridId),
  secondGridWorker: person('p-zhao-lei', 'grid_worker', 'grid', place.gridId),
  gridLeader: person('p-li-na', 'grid_leader', 'grid', place.gridId),
  neighbouringGridWorker: person('p-sun-yang', 'grid_worker', 'grid', elsewhere.gridId),
  neighbouringGridLeader: person('p-zhou-jie', 'grid_leader', 'grid', elsewhere.gridId),
  communityStaff: person('p-wang-fang', 'community_staff', 'community', place.communityId),
  secondCommunityStaff: person('p-liu-yan', 'community_staff', 'community', place.communityId),
  thirdCommunityStaff: person('p-xu-min', 'community_staff', 'community', place.communityId),
  otherCommunityStaff: person('p-he-jun', 'community_staff', 'community', elsewhere.communityId),
  streetSupervisor: person('p-chen-gang', 'street_supervisor', 'street', place.streetId),
  secondStreetSupervisor: person('p-deng-hui', 'street_supervisor', 'street', place.streetId),
  otherStreetSupervisor: person('p-lu-qiang', 'street_supervisor', 'street', elsewhere.streetId),
  policeLiaison: person('p-ma-li', 'department_liaison', 'department', departments.police),
  urbanLiaison: person(
    'p-gao-feng',
    'department_liaison',
    'department',
    departments.urbanManagement,
  ),
  housingLiaison: person('p-tang-jing', 'department_liaison', 'department', departments.housing),
  auditor: person('p-qian-shen', 'auditor', 'district', district),
  admin: person('p-admin', 'admin', 'district', district),
  deadlineProcess: person('deadline-process', 'system', 'district', district),
} as const;

/** The role a person holds, as the organisation read model would hand it to AssignCase. */
export const assignmentOf = ({ personId, role, scope }: Actor): StaffAssignmentRef => {
  if (role === 'system') throw new Error('The system holds no staff role');
  return { personId, role, scope };
};
