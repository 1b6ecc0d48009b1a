import type { Actor, ActorRole, CasePlace, Level, Scope } from '@gridline/events';
import { factsOf, type CaseFacts, type ExistingCase } from './caseState.ts';

// Who may act on a case, computed from the actor alone and the case's place and
// summonses: no lookups, so every decision can be replayed.

type ScopeKind = Scope['kind'];

// Each role is held in one kind of scope; an account that pairs them otherwise (a grid
// worker scoped to a whole street) is a misconfiguration and gets no reach at all.
const scopeKindOfRole: Record<ActorRole, ScopeKind | null> = {
  grid_worker: 'grid',
  grid_leader: 'grid',
  community_staff: 'community',
  street_supervisor: 'street',
  department_liaison: 'department',
  admin: 'district',
  auditor: null,
  system: null,
};

export const holdsRoleInItsScope = (actor: Actor): boolean =>
  scopeKindOfRole[actor.role] === actor.scope.kind;

export const isAdmin = (actor: Actor): boolean =>
  actor.role === 'admin' && holdsRoleInItsScope(actor);

/** Whether the actor's scope contains a place (districts contain everything). */
export function reachesPlace(actor: Actor, place: CasePlace): boolean {
  if (!holdsRoleInItsScope(actor)) return false;
  const { kind, id } = actor.scope;
  switch (kind) {
    case 'district':
      return true;
    case 'street':
      return id === place.streetId;
    case 'community':
      return id === place.communityId;
    case 'grid':
      return id === place.gridId;
    case 'department':
      return false;
    default: {
      const unknown: never = kind;
      throw new Error(`Unknown scope kind ${String(unknown)}`);
    }
  }
}

export const isSummoned = (facts: CaseFacts, departmentId: string): boolean =>
  facts.summonses.some((summons) =>
    summons.departments.some((department) => department.departmentId === departmentId),
  );

/** Auditors read every case; everyone else the cases their scope reaches. */
export const mayReadCase = (actor: Actor, state: ExistingCase): boolean =>
  actor.role === 'auditor' || reachesCase(actor, factsOf(state));

/** Whether the case is within the actor's scope; a department reaches only cases it is in. */
export function reachesCase(actor: Actor, facts: CaseFacts): boolean {
  if (actor.scope.kind !== 'department') return reachesPlace(actor, facts.place);
  if (!holdsRoleInItsScope(actor)) return false;
  return facts.departmentId === actor.scope.id || isSummoned(facts, actor.scope.id);
}

// Departments have liaisons, not supervisors: a case at the department level stays
// steered by the street that sent it there, and the liaison works it as its assignee.
const levelsStaffedBy: Partial<Record<ActorRole, readonly Level[]>> = {
  grid_leader: ['grid'],
  community_staff: ['community'],
  street_supervisor: ['street', 'department'],
};

const ladder: readonly Level[] = ['grid', 'community', 'street', 'department'];

/** Staff at a level of this case: its grid leader, community staff, street supervisor. */
export const isStaffAt = (actor: Actor, level: Level, facts: CaseFacts): boolean =>
  isAdmin(actor) ||
  ((levelsStaffedBy[actor.role]?.includes(level) ?? false) && reachesCase(actor, facts));

/** Staff at the level or any level above it, in the case's scope. */
export const isStaffAtOrAbove = (actor: Actor, level: Level, facts: CaseFacts): boolean =>
  ladder.slice(ladder.indexOf(level)).some((higher) => isStaffAt(actor, higher, facts));

/**
 * Who oversees a level's deadline: the level above it for grid and community; the
 * district for street and department, since a department does not oversee a street.
 */
export function isOverseerOf(actor: Actor, level: Level, facts: CaseFacts): boolean {
  switch (level) {
    case 'grid':
      return isStaffAt(actor, 'community', facts);
    case 'community':
      return isStaffAt(actor, 'street', facts);
    case 'street':
    case 'department':
      return isAdmin(actor);
    default: {
      const unknown: never = level;
      throw new Error(`Unknown level ${String(unknown)}`);
    }
  }
}

const fieldRoles: readonly ActorRole[] = [
  'grid_worker',
  'grid_leader',
  'community_staff',
  'street_supervisor',
  'admin',
];

/** "Grid worker and up": anyone who works cases on the ground, not liaisons or auditors. */
export const isFieldStaff = (actor: Actor): boolean => fieldRoles.includes(actor.role);

/** The level directly above, or null at the top. */
export const levelAbove = (level: Level): Level | null => ladder[ladder.indexOf(level) + 1] ?? null;

/** The level directly below, or null at the grid. */
export const levelBelow = (level: Level): Level | null =>
  level === 'grid' ? null : (ladder[ladder.indexOf(level) - 1] ?? null);

/** The people and roles that may act at a level, for messages. */
export const staffAtLevelInWords: Record<Level, string> = {
  grid: "the grid's leader",
  community: "the community's staff",
  street: "the street's supervisor",
  department: "the street's supervisor",
};

export const describeActor = (actor: Actor): string =>
  `${actor.personId} (${actor.role} of ${actor.scope.kind} ${actor.scope.id})`;
