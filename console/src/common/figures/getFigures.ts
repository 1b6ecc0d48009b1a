import type { FiguresResponse } from '@gridline/projections';
import { apiPath, apiRequest } from '../api/apiRequest.ts';
import type { FiguresAsked } from './figuresAsked.ts';

/** GET /api/figures — the figures read model's answer, week by week when asked. */
export const getFigures = async (
  asked: FiguresAsked,
  signal?: AbortSignal,
): Promise<FiguresResponse> =>
  (await apiRequest<FiguresResponse>(apiPath('/api/figures', figuresParameters(asked)), { signal }))
    .body;

/** The query parameters of a figures request, leaving out what was not chosen. */
export const figuresParameters = (asked: FiguresAsked) => ({
  scope: asked.scope,
  from: asked.from,
  to: asked.to,
  source: asked.source,
  granularity: asked.weekly ? 'week' : undefined,
});
