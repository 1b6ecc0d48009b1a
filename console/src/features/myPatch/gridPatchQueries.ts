import type { FiguresResponse, GridPatchResponse } from '@gridline/projections';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiPath, apiRequest } from '../../common/api/apiRequest.ts';
import { useLastWriteStore } from '../../common/api/lastWriteStore.ts';

// The figures on My patch's cards; the rest of /api/figures belongs to the figures page.
const patchFigures = ['inspectionCoverage', 'satisfactionRate', 'welfareChecks'] as const;

/** GET /api/grids/:gridId/patch — buildings by last visit, patrols, welfare checks. */
export const getGridPatch = async (
  gridId: string,
  after: string | undefined,
  signal?: AbortSignal,
): Promise<GridPatchResponse> =>
  (
    await apiRequest<GridPatchResponse>(
      apiPath(`/api/grids/${encodeURIComponent(gridId)}/patch`, { limit: 8, after }),
      { signal },
    )
  ).body;

/** GET /api/figures for the grid, the last 30 days. */
export const getGridFigures = async (
  gridId: string,
  after: string | undefined,
  signal?: AbortSignal,
): Promise<FiguresResponse> =>
  (
    await apiRequest<FiguresResponse>(
      apiPath('/api/figures', { scope: `grid:${gridId}`, figures: patchFigures.join(','), after }),
      { signal },
    )
  ).body;

/** The grid's patch, including this person's latest change (a patrol just recorded). */
export function useGridPatch(gridId: string) {
  const after = useLastWriteStore((state) => state.position);
  return useQuery({
    queryKey: ['patch', gridId, after],
    queryFn: ({ signal }) => getGridPatch(gridId, after, signal),
    placeholderData: keepPreviousData,
    enabled: gridId !== '',
  });
}

export function useGridFigures(gridId: string) {
  const after = useLastWriteStore((state) => state.position);
  return useQuery({
    queryKey: ['figures', `grid:${gridId}`, 'patch', after],
    queryFn: ({ signal }) => getGridFigures(gridId, after, signal),
    placeholderData: keepPreviousData,
    enabled: gridId !== '',
  });
}
