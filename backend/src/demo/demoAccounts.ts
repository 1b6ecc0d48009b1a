import type { Scope, StaffRole } from '@gridline/events';
import { UsernameTakenError, type AccountStore } from '../accounts/accountStore.ts';
import type { DemoDistrict } from './generateDemoDistrict.ts';
import { districtName } from './placeNames.ts';
import {
  communityStaffOf,
  liaisonOf,
  supervisorsOf,
  teamOf,
  type StaffMember,
} from './staffPlan.ts';

// One sign-in per role, each tied to a person the generator posted, so a demo user sees
// real cases in their scope: a worker and the leader of 瑞益园's first grid, its
// community staff, the street's supervisor, the property company's liaison (summoned
// more than any other department), the auditor and the administrator.

export interface DemoLogin {
  readonly username: string;
  readonly personId: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly scope: Scope;
  /** The scope as people say it: 瑞益园第1网格, 瑞景街道. */
  readonly scopeName: string;
}

export const defaultDemoPassword = 'gridline-demo-2026';

const scopeName = ({ district }: DemoDistrict, scope: Scope): string => {
  const communities = district.streets.flatMap((street) => street.communities);
  switch (scope.kind) {
    case 'grid':
      return district.grids.find((grid) => grid.gridId === scope.id)?.name ?? scope.id;
    case 'community':
      return communities.find((c) => c.communityId === scope.id)?.name ?? scope.id;
    case 'street':
      return district.streets.find((street) => street.streetId === scope.id)?.name ?? scope.id;
    case 'department':
      return district.departments.find((d) => d.departmentId === scope.id)?.name ?? scope.id;
    case 'district':
      return districtName;
    default:
      return scope.kind satisfies never;
  }
};

export const demoLogins = (demo: DemoDistrict): DemoLogin[] => {
  const { district, staff } = demo;
  const grid = district.grids[0]!;
  const street = district.streets[0]!;
  const team = teamOf(staff, grid.gridId);
  const property = district.departments.find(
    (d) => d.kind === 'property_company' && d.belongsTo.id === street.streetId,
  )!;
  const people: [string, StaffMember][] = [
    ['grid.worker', team.workers[0]!],
    ['grid.leader', team.leader],
    ['community.staff', communityStaffOf(staff, grid.place.communityId)[0]!],
    ['street.supervisor', supervisorsOf(staff, street.streetId)[0]!],
    ['department.liaison', liaisonOf(staff, property.departmentId)],
    ['auditor', staff.auditor],
    ['admin', staff.admin],
  ];
  return people.map(([username, { personId, displayName, role, scope }]) => ({
    username,
    personId,
    displayName,
    role,
    scope,
    scopeName: scopeName(demo, scope),
  }));
};

/**
 * Creates the demo sign-ins. A username that is taken already (accounts outlive a
 * deleted event store) is left as it is: the generator's person ids do not change.
 */
export const createDemoAccounts = async (
  accounts: AccountStore,
  logins: readonly DemoLogin[],
  password: string,
): Promise<{ created: string[]; kept: string[] }> => {
  const created: string[] = [];
  const kept: string[] = [];
  for (const { username, personId, displayName, role, scope } of logins) {
    try {
      await accounts.createAccount({ username, password, personId, displayName, role, scope });
      created.push(username);
    } catch (error) {
      if (!(error instanceof UsernameTakenError)) throw error;
      kept.push(username);
    }
  }
  return { created, kept };
};
