import type { WorkerActivity } from '@gridline/projections';
import { apiPath, apiRequest } from '../../common/api/apiRequest.ts';

interface PatchAnswer {
  readonly workerActivity: readonly WorkerActivity[];
}

/**
 * The grid's workers week by week: the patch's `workerActivity` (GET /api/grids/:id/patch),
 * asked with one case only, since the figures page shows the patrols, not the cases.
 */
export const getGridWorkers = async (
  gridId: string,
  weeks: number,
  signal?: AbortSignal,
): Promise<readonly WorkerActivity[]> =>
  (
    await apiRequest<PatchAnswer>(
      apiPath(`/api/grids/${encodeURIComponent(gridId)}/patch`, { weeks, limit: 1 }),
      { signal },
    )
  ).body.workerActivity;
