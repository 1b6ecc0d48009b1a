import type { FigurePlaces } from './figurePlaces.ts';
import { scopeWithin } from './figurePlaces.ts';
import type { FigureScope, TimeWindow } from './figureRequest.ts';
import type { FigureBook } from './figureResults.ts';

// The monthly ranking of communities (docs/figures.md "Ranking"): each community's score
// is the mean of its four headline rates for the month; equal scores share a rank, and a
// community with none of the rates (nothing resolved, opened or visited) is listed unranked.

export interface RankedCommunity {
  readonly rank: number | null;
  readonly communityId: string;
  readonly streetId: string | null;
  readonly score: number | null;
  readonly communityRetentionRate: number | null;
  readonly resolutionRate: number | null;
  readonly onTimeRate: number | null;
  readonly satisfactionRate: number | null;
}

const meanOf = (rates: readonly (number | null)[]): number | null => {
  const known = rates.filter((rate): rate is number => rate !== null);
  if (known.length === 0) return null;
  return Math.round((known.reduce((sum, rate) => sum + rate, 0) / known.length) * 10_000) / 10_000;
};

export const rankCommunities = (
  book: FigureBook,
  places: FigurePlaces,
  scope: FigureScope,
  window: TimeWindow,
): RankedCommunity[] => {
  const scored = places
    .communities()
    .filter((community) => scopeWithin(places, scope, { kind: 'community', id: community.id }))
    .map((community) => {
      const slice = {
        scope: { kind: 'community', id: community.id } as const,
        window,
        source: null,
      };
      const rates = {
        communityRetentionRate: book.communityRetentionRate(slice).rate,
        resolutionRate: book.resolutionRate(slice).rate,
        onTimeRate: book.onTimeRate(slice).rate,
        satisfactionRate: book.satisfactionRate(slice).rate,
      };
      return {
        communityId: community.id,
        streetId: community.streetId,
        score: meanOf(Object.values(rates)),
        ...rates,
      };
    })
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || (a.communityId < b.communityId ? -1 : 1));
  return scored.map((community) => ({
    rank:
      community.score === null
        ? null
        : 1 + scored.filter((other) => (other.score ?? -1) > community.score!).length,
    ...community,
  }));
};
