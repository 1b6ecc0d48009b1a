import type { SummonsItem } from '@gridline/projections';
import { apiPath, apiRequest } from '../../common/api/apiRequest.ts';

/** The summons list's filters, as `GET /api/summonses` takes them. */
export interface SummonsQuery {
  readonly department?: string;
  readonly case?: string;
  /** Neither reported nor withdrawn: who has not reported. */
  readonly open?: boolean;
  readonly overdue?: boolean;
  readonly sort?: 'reportBy' | '-reportBy' | 'summoned' | '-summoned';
  readonly limit?: number;
  readonly cursor?: string;
  readonly after?: string;
}

export interface SummonsPage {
  readonly items: readonly SummonsItem[];
  readonly nextCursor: string | null;
}

/** GET /api/summonses — one row per department per summons (吹哨报到), in the reader's scope. */
export const listSummonses = async (
  query: SummonsQuery,
  signal?: AbortSignal,
): Promise<SummonsPage> =>
  (await apiRequest<SummonsPage>(apiPath('/api/summonses', { ...query }), { signal })).body;
