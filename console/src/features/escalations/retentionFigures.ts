import type { Figures } from '@gridline/projections';
import { useQueries, useQuery } from '@tanstack/react-query';
import { apiPath, apiRequest } from '../../common/api/apiRequest.ts';
import { useLastWriteStore } from '../../common/api/lastWriteStore.ts';

/** What the page reads of `GET /api/figures`: the figures, counted up to `position`. */
interface FiguresAnswer {
  readonly figures: Figures;
  readonly position: string | null;
}

const streetFigures = 'escalationFunnel,returns,communityRetentionRate,streetRetentionRate';
const communityFigures = 'communityRetentionRate,streetRetentionRate';

/**
 * GET /api/figures over the last 30 days (the API's default window), waiting for the
 * person's latest change, so a case they just resolved is counted.
 */
const getFigures = async (
  scope: string,
  figures: string,
  after: string | undefined,
  signal: AbortSignal,
) =>
  (await apiRequest<FiguresAnswer>(apiPath('/api/figures', { scope, figures, after }), { signal }))
    .body;

export const figuresKeys = {
  of: (scope: string, after: string | undefined) =>
    ['figures', 'escalations', scope, after] as const,
};

/** The street's funnel, returns and retention rates. */
export function useStreetFigures(streetId: string) {
  const after = useLastWriteStore((state) => state.position);
  const scope = `street:${streetId}`;
  return useQuery({
    queryKey: figuresKeys.of(scope, after),
    queryFn: ({ signal }) => getFigures(scope, streetFigures, after, signal),
  });
}

/** Each community's retention rates, one request per community, side by side. */
export function useCommunityRetention(communityIds: readonly string[]) {
  const after = useLastWriteStore((state) => state.position);
  return useQueries({
    queries: communityIds.map((communityId) => {
      const scope = `community:${communityId}`;
      return {
        queryKey: figuresKeys.of(scope, after),
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          getFigures(scope, communityFigures, after, signal),
      };
    }),
  });
}
