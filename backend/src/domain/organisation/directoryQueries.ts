import type { GridBuilding, GridPlace, Scope } from '@gridline/events';
import {
  sameScope,
  type GridEntry,
  type OrganisationDirectory,
  type StaffAssignment,
} from './organisationDirectory.ts';

// What commands, routes and auditors ask of the directory.

/** An instant, or a half-open span such as one calendar day in the district's time zone. */
export type When = Date | { readonly from: Date; readonly to: Date };

// Spells are half-open, [from, until): on the instant of a reassignment only the
// newcomer holds the grid.
function heldDuring(spell: StaffAssignment, when: When): boolean {
  const notEndedBy = (instant: Date) => spell.until === undefined || instant < spell.until;
  if (when instanceof Date) return spell.from <= when && notEndedBy(when);
  return spell.from < when.to && notEndedBy(when.from);
}

/** What a person held at an instant, or at any time within a span. */
export function staffOn(
  directory: OrganisationDirectory,
  personId: string,
  when: When,
): readonly StaffAssignment[] {
  return (directory.assignments.get(personId) ?? []).filter((spell) => heldDuring(spell, when));
}

/** What a person holds now; a person may hold several roles at once. */
export function currentAssignments(
  directory: OrganisationDirectory,
  personId: string,
): readonly StaffAssignment[] {
  return (directory.assignments.get(personId) ?? []).filter((spell) => spell.until === undefined);
}

/** Who held exactly this scope (e.g. a grid) at an instant, or at any time within a span. */
export function holdersOf(
  directory: OrganisationDirectory,
  scope: Scope,
  when: When,
): readonly StaffAssignment[] {
  return [...directory.assignments.values()]
    .flat()
    .filter((spell) => sameScope(spell.scope, scope) && heldDuring(spell, when));
}

export function gridsOf(
  directory: OrganisationDirectory,
  communityId: string,
): readonly GridEntry[] {
  return (directory.gridsOfCommunity.get(communityId) ?? []).flatMap((gridId) => {
    const grid = directory.grids.get(gridId);
    return grid ? [grid] : [];
  });
}

/** The grid's whole place in the hierarchy, as events carry it; undefined if unknown. */
export function placeOfGrid(
  directory: OrganisationDirectory,
  gridId: string,
): GridPlace | undefined {
  const grid = directory.grids.get(gridId);
  const community = grid && directory.communities.get(grid.communityId);
  return community && { streetId: community.streetId, communityId: community.communityId, gridId };
}

/** The grid's buildings; none for a grid the directory does not know. */
export function buildingsOf(
  directory: OrganisationDirectory,
  gridId: string,
): readonly GridBuilding[] {
  return directory.grids.get(gridId)?.buildings ?? [];
}

/**
 * Whether a place lies inside a scope: district ⊇ street ⊇ community ⊇ grid. A department
 * is not a place, so its scope contains none (its liaisons see cases through summons).
 * There is one district per deployment, so a district scope contains every place.
 */
export function scopeContains(scope: Scope, place: GridPlace): boolean {
  switch (scope.kind) {
    case 'district':
      return true;
    case 'street':
      return place.streetId === scope.id;
    case 'community':
      return place.communityId === scope.id;
    case 'grid':
      return place.gridId === scope.id;
    case 'department':
      return false;
    default:
      return scope.kind satisfies never;
  }
}

/**
 * Whether one scope lies inside another, e.g. a grid inside a street; every scope is
 * within itself. A department is within the district and within the street it serves.
 */
export function scopeWithin(directory: OrganisationDirectory, inner: Scope, outer: Scope): boolean {
  if (sameScope(inner, outer) || outer.kind === 'district') return true;
  switch (inner.kind) {
    case 'grid': {
      const place = placeOfGrid(directory, inner.id);
      return place !== undefined && scopeContains(outer, place);
    }
    case 'community':
      return outer.kind === 'street' && directory.communities.get(inner.id)?.streetId === outer.id;
    case 'department': {
      const belongsTo = directory.departments.get(inner.id)?.belongsTo;
      return outer.kind === 'street' && belongsTo?.kind === 'street' && belongsTo.id === outer.id;
    }
    case 'street':
    case 'district':
      return false;
    default:
      return inner.kind satisfies never;
  }
}

/** Whether the directory knows the scope; the district has no event and always exists. */
export function scopeExists(directory: OrganisationDirectory, scope: Scope): boolean {
  switch (scope.kind) {
    case 'district':
      return true;
    case 'street':
      return directory.streets.has(scope.id);
    case 'community':
      return directory.communities.has(scope.id);
    case 'grid':
      return directory.grids.has(scope.id);
    case 'department':
      return directory.departments.has(scope.id);
    default:
      return scope.kind satisfies never;
  }
}
