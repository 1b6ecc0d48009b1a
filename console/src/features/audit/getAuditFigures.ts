import type { FiguresResponse } from '@gridline/projections';
import { apiPath, apiRequest } from '../../common/api/apiRequest.ts';
import type { FiguresAsked } from '../../common/figures/figuresAsked.ts';
import { figuresParameters } from '../../common/figures/getFigures.ts';

/** GET /api/audit/figures — the same figures, recomputed from the events up to `position`. */
export const getAuditFigures = async (
  asked: FiguresAsked,
  position: string,
  signal?: AbortSignal,
): Promise<FiguresResponse> =>
  (
    await apiRequest<FiguresResponse>(
      apiPath('/api/audit/figures', { ...figuresParameters(asked), position }),
      { signal },
    )
  ).body;
