import type { Scope } from '@gridline/events';
import type { Organisation } from '../organisation/organisationTypes.ts';

/** One place to pick, as a cascader shows it: `street:<id>`, its communities, their grids. */
export interface PlaceOption {
  readonly value: string;
  readonly label: string;
  readonly children?: PlaceOption[];
}

const gridsOf = (organisation: Organisation, communityId: string): PlaceOption[] =>
  organisation.grids
    .filter((grid) => grid.communityId === communityId)
    .map((grid) => ({ value: `grid:${grid.gridId}`, label: grid.name }));

const communitiesOf = (organisation: Organisation, streetId: string): PlaceOption[] =>
  organisation.communities
    .filter((community) => community.streetId === streetId)
    .map((community) => ({
      value: `community:${community.communityId}`,
      label: community.name,
      children: gridsOf(organisation, community.communityId),
    }));

const streetOption = (organisation: Organisation, streetId: string): PlaceOption => ({
  value: `street:${streetId}`,
  label: organisation.streets.find((street) => street.streetId === streetId)?.name ?? streetId,
  children: communitiesOf(organisation, streetId),
});

/**
 * The places a person may read the figures of: their own place and everything in it, the
 * way the server checks it (a department's liaison reads no place, only their department).
 */
export const placeOptions = (organisation: Organisation, scope: Scope): PlaceOption[] => {
  switch (scope.kind) {
    case 'district':
      return organisation.streets.map((street) => streetOption(organisation, street.streetId));
    case 'street':
      return [streetOption(organisation, scope.id)];
    case 'community': {
      const community = organisation.communities.find((c) => c.communityId === scope.id);
      return [
        {
          value: `community:${scope.id}`,
          label: community?.name ?? scope.id,
          children: gridsOf(organisation, scope.id),
        },
      ];
    }
    case 'grid': {
      const grid = organisation.grids.find((g) => g.gridId === scope.id);
      return [{ value: `grid:${scope.id}`, label: grid?.name ?? scope.id }];
    }
    case 'department':
      return [];
  }
};

/** The cascader's path down to `scope` (`community:x` → [street, community]), or []. */
export const pathTo = (options: readonly PlaceOption[], scope: string | undefined): string[] => {
  if (!scope) return [];
  for (const option of options) {
    if (option.value === scope) return [option.value];
    const below = pathTo(option.children ?? [], scope);
    if (below.length > 0) return [option.value, ...below];
  }
  return [];
};

/** The name of a `kind:id` place for titles, or the id when the district does not know it. */
export const placeLabel = (options: readonly PlaceOption[], scope: string): string | null => {
  for (const option of options) {
    if (option.value === scope) return option.label;
    const below = placeLabel(option.children ?? [], scope);
    if (below) return below;
  }
  return null;
};
