import type { FigurePlaces, KnownPlace } from '@gridline/projections';
import type { OrganisationDirectory } from '../../domain/organisation/organisationDirectory.ts';

/**
 * The places as the organisation directory has them now. Who may read what is decided on
 * these, like every other access check, so a read model still catching up never turns
 * someone's own grid into "no such grid".
 */
export const directoryPlaces = (directory: OrganisationDirectory): FigurePlaces => {
  const community = (id: string): KnownPlace | undefined => {
    const found = directory.communities.get(id);
    return found && { kind: 'community', id, streetId: found.streetId, communityId: null };
  };
  return {
    placeOf: (kind, id) => {
      if (kind === 'street') {
        return directory.streets.has(id)
          ? { kind, id, streetId: id, communityId: null }
          : undefined;
      }
      if (kind === 'community') return community(id);
      const grid = directory.grids.get(id);
      if (!grid) return undefined;
      const streetId = community(grid.communityId)?.streetId ?? null;
      return { kind, id, streetId, communityId: grid.communityId };
    },
    communities: () =>
      [...directory.communities.keys()].sort().flatMap((id) => community(id) ?? []),
  };
};
