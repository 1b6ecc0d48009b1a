import type { Scope, StaffRole } from '@gridline/events';
import { UsernameTakenError, type AccountStore } from '../accounts/accountStore.ts';
import type { DistrictPlan } from './districtPlan.ts';
import { districtName } from './placeNames.ts';
import {
  communityStaffOf,
  liaisonOf,
  supervisorsOf,
  teamOf,
  type StaffMember,
  type StaffPlan,
} from './staffPlan.ts';

// Sign-ins tied to people the generator posted, so a demo user sees real cases in their
// scope: a worker and the leader of 瑞益园's first grid, two of its community staff and
// the street's two supervisors (so that four eyes and the whole ladder can be tried by
// hand), the property company's liaison (summoned more than any other department), a
// liaison for every other department, the auditor and the administrator.

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

/** Where every demo sign-in is listed, relative to the repository (and the working directory of `npm start`). */
export const demoAccountsDoc = 'docs/demo-district.md';

/** What the sign-ins depend on: the district and its people, not the cases. */
export interface DemoPeople {
  readonly district: DistrictPlan;
  readonly staff: StaffPlan;
}

/** Liaisons of the departments other than the featured one sign in as `liaison.<department id>`. */
const liaisonPrefix = 'liaison.';

/** Start-up prints these; the liaisons' are listed in docs/demo-district.md. */
export const isPrintedAtStart = (login: DemoLogin): boolean =>
  !login.username.startsWith(liaisonPrefix);

const scopeName = ({ district }: DemoPeople, scope: Scope): string => {
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

export const demoLogins = (demo: DemoPeople): DemoLogin[] => {
  const { district, staff } = demo;
  const grid = district.grids[0]!;
  const street = district.streets[0]!;
  const team = teamOf(staff, grid.gridId);
  const [secretary, director] = communityStaffOf(staff, grid.place.communityId);
  const [supervisor, deputy] = supervisorsOf(staff, street.streetId);
  const property = district.departments.find(
    (d) => d.kind === 'property_company' && d.belongsTo.id === street.streetId,
  )!;
  const otherLiaisons = district.departments
    .filter((department) => department !== property)
    .map(({ departmentId }): [string, StaffMember] => [
      `${liaisonPrefix}${departmentId}`,
      liaisonOf(staff, departmentId),
    ]);
  const people: [string, StaffMember][] = [
    ['grid.worker', team.workers[0]!],
    ['grid.leader', team.leader],
    ['community.staff', secretary!],
    ['community.staff2', director!],
    ['street.supervisor', supervisor!],
    ['street.supervisor2', deputy!],
    ['department.liaison', liaisonOf(staff, property.departmentId)],
    ['auditor', staff.auditor],
    ['admin', staff.admin],
    ...otherLiaisons,
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
