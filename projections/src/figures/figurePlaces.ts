import type { FigureScope } from './figureRequest.ts';

// Which places exist and what lies inside what, as the figures know them: a reader may
// read the figures of their own place and of any place inside it.

export interface KnownPlace {
  readonly kind: 'street' | 'community' | 'grid';
  readonly id: string;
  readonly streetId: string | null;
  readonly communityId: string | null;
}

export interface FigurePlaces {
  placeOf(kind: KnownPlace['kind'], id: string): KnownPlace | undefined;
  /** Every community, by id, with its street. */
  communities(): readonly KnownPlace[];
}

/** Whether the scope names a place the figures know (the district always exists). */
export const scopeExists = (places: FigurePlaces, scope: FigureScope): boolean =>
  scope.kind === 'district' || places.placeOf(scope.kind, scope.id) !== undefined;

/** Whether `inner` lies within `outer`: the same place, or one inside it. */
export const scopeWithin = (
  places: FigurePlaces,
  outer: FigureScope,
  inner: FigureScope,
): boolean => {
  if (outer.kind === 'district') return true;
  if (inner.kind === 'district') return false;
  if (outer.kind === inner.kind) return outer.id === inner.id;
  const place = places.placeOf(inner.kind, inner.id);
  if (!place) return false;
  if (outer.kind === 'street') return place.streetId === outer.id;
  return outer.kind === 'community' && place.communityId === outer.id;
};
