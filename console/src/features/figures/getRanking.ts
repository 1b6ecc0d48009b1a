import type { RankingResponse } from '@gridline/projections';
import { apiPath, apiRequest } from '../../common/api/apiRequest.ts';

/** GET /api/figures/ranking — the month's communities, best first, unranked last. */
export const getRanking = async (
  month: string,
  scope: string | undefined,
  signal?: AbortSignal,
): Promise<RankingResponse> =>
  (await apiRequest<RankingResponse>(apiPath('/api/figures/ranking', { month, scope }), { signal }))
    .body;
