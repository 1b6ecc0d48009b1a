import type { Actor, Scope, StaffRole } from '@gridline/events';
import type { DistrictPlan } from './districtPlan.ts';
import type { Random } from './random.ts';
import { uniqueNames } from './residents.ts';

// Who works where: per grid a leader (网格长) and one or two workers (网格员), per
// community three staff (书记, 主任, 网格管理员), two supervisors per street office, one
// liaison per department, and an auditor and an administrator for the district.

export interface StaffMember {
  readonly personId: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly scope: Scope;
}

export interface GridTeam {
  readonly leader: StaffMember;
  readonly workers: readonly StaffMember[];
}

export interface StaffPlan {
  readonly members: readonly StaffMember[];
  readonly grids: ReadonlyMap<string, GridTeam>;
  readonly communities: ReadonlyMap<string, readonly StaffMember[]>;
  readonly streets: ReadonlyMap<string, readonly StaffMember[]>;
  readonly departments: ReadonlyMap<string, StaffMember>;
  readonly admin: StaffMember;
  readonly auditor: StaffMember;
  /** The deadline process, as the events' actor. */
  readonly system: Actor;
}

export const actorOf = ({ personId, role, scope }: StaffMember): Actor => ({
  personId,
  role,
  scope,
});

export const planStaff = (plan: DistrictPlan, random: Random): StaffPlan => {
  const nextName = uniqueNames(random);
  const members: StaffMember[] = [];
  const member = (personId: string, role: StaffRole, scope: Scope): StaffMember => {
    const staff = { personId, displayName: nextName(), role, scope };
    members.push(staff);
    return staff;
  };

  const grids = new Map<string, GridTeam>();
  const communities = new Map<string, StaffMember[]>();
  const streets = new Map<string, StaffMember[]>();
  const departments = new Map<string, StaffMember>();
  const district: Scope = { kind: 'district', id: plan.districtId };

  const admin = member('admin-01', 'admin', district);
  const auditor = member('auditor-01', 'auditor', district);
  for (const street of plan.streets) {
    const scope: Scope = { kind: 'street', id: street.streetId };
    streets.set(street.streetId, [
      member(`supervisor-${street.streetId}-1`, 'street_supervisor', scope),
      member(`supervisor-${street.streetId}-2`, 'street_supervisor', scope),
    ]);
    for (const community of street.communities) {
      const scope: Scope = { kind: 'community', id: community.communityId };
      communities.set(
        community.communityId,
        [1, 2, 3].map((n) =>
          member(`staff-${community.communityId}-${n}`, 'community_staff', scope),
        ),
      );
      for (const grid of community.grids) {
        const scope: Scope = { kind: 'grid', id: grid.gridId };
        const leader = member(`leader-${grid.gridId}`, 'grid_leader', scope);
        const workerCount = community.communityId === 'ruiyiyuan' ? 2 : random.int(1, 2);
        const workers = Array.from({ length: workerCount }, (_, index) =>
          member(`worker-${grid.gridId}-${index + 1}`, 'grid_worker', scope),
        );
        grids.set(grid.gridId, { leader, workers });
      }
    }
  }
  for (const department of plan.departments) {
    const scope: Scope = { kind: 'department', id: department.departmentId };
    departments.set(
      department.departmentId,
      member(`liaison-${department.departmentId}`, 'department_liaison', scope),
    );
  }
  const system: Actor = { personId: 'deadline-process', role: 'system', scope: district };
  return { members, grids, communities, streets, departments, admin, auditor, system };
};

/** Lookups that must succeed: the plan made every team these ask for. */
export const teamOf = (staff: StaffPlan, gridId: string): GridTeam => {
  const team = staff.grids.get(gridId);
  if (!team) throw new Error(`No team planned for grid ${gridId}`);
  return team;
};

export const communityStaffOf = (staff: StaffPlan, communityId: string) => {
  const people = staff.communities.get(communityId);
  if (!people) throw new Error(`No staff planned for community ${communityId}`);
  return people;
};

export const supervisorsOf = (staff: StaffPlan, streetId: string) => {
  const people = staff.streets.get(streetId);
  if (!people) throw new Error(`No supervisors planned for street ${streetId}`);
  return people;
};

export const liaisonOf = (staff: StaffPlan, departmentId: string): StaffMember => {
  const liaison = staff.departments.get(departmentId);
  if (!liaison) throw new Error(`No liaison planned for department ${departmentId}`);
  return liaison;
};
