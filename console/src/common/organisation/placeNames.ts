import type { CasePlace, Scope } from '@gridline/events';
import type { Organisation } from './organisationTypes.ts';

/** A step of a breadcrumb: the place's kind and its name (its id when not known). */
export interface PlaceStep {
  readonly kind: Scope['kind'];
  readonly id: string;
  readonly name: string;
}

const nameOrId = (name: string | undefined, id: string): string => name ?? id;

/** Street › community › grid down to the scope; a department under its street or the district. */
export function scopeTrail(organisation: Organisation | undefined, scope: Scope): PlaceStep[] {
  const find = <T>(list: readonly T[] | undefined, match: (item: T) => boolean) =>
    list?.find(match);
  const street = (id: string): PlaceStep => ({
    kind: 'street',
    id,
    name: nameOrId(find(organisation?.streets, (s) => s.streetId === id)?.name, id),
  });
  const community = (id: string): PlaceStep[] => {
    const found = find(organisation?.communities, (c) => c.communityId === id);
    const step: PlaceStep = { kind: 'community', id, name: nameOrId(found?.name, id) };
    return found ? [street(found.streetId), step] : [step];
  };
  switch (scope.kind) {
    case 'district':
      return [{ kind: 'district', id: scope.id, name: scope.id }];
    case 'street':
      return [street(scope.id)];
    case 'community':
      return community(scope.id);
    case 'grid': {
      const grid = find(organisation?.grids, (g) => g.gridId === scope.id);
      const step: PlaceStep = { kind: 'grid', id: scope.id, name: nameOrId(grid?.name, scope.id) };
      return grid ? [...community(grid.communityId), step] : [step];
    }
    case 'department': {
      const department = find(organisation?.departments, (d) => d.departmentId === scope.id);
      const step: PlaceStep = {
        kind: 'department',
        id: scope.id,
        name: nameOrId(department?.name, scope.id),
      };
      return department?.belongsTo.kind === 'street'
        ? [street(department.belongsTo.id), step]
        : [step];
    }
  }
}

/** The building's name in its grid, or its id. */
export function buildingName(
  organisation: Organisation | undefined,
  place: Pick<CasePlace, 'gridId'> & { readonly buildingId?: string | null | undefined },
): string | null {
  if (!place.buildingId) return null;
  const grid = organisation?.grids.find((g) => g.gridId === place.gridId);
  return grid?.buildings.find((b) => b.buildingId === place.buildingId)?.name ?? place.buildingId;
}

/** Names people by id, for timelines and assignees; an unknown id stays as it is. */
export function personName(
  organisation: Organisation | undefined,
  personId: string | null,
): string | null {
  if (!personId) return null;
  return organisation?.staff.find((post) => post.personId === personId)?.displayName ?? personId;
}

export function departmentName(
  organisation: Organisation | undefined,
  departmentId: string,
): string {
  return (
    organisation?.departments.find((d) => d.departmentId === departmentId)?.name ?? departmentId
  );
}
