import type { CaseReplay } from '@gridline/projections';
import { apiRequest } from '../../common/api/apiRequest.ts';

/** GET /api/cases/:id/replay — each event of the case with the state right after it. */
export const getCaseReplay = async (caseId: string, signal?: AbortSignal): Promise<CaseReplay> =>
  (await apiRequest<CaseReplay>(`/api/cases/${encodeURIComponent(caseId)}/replay`, { signal }))
    .body;
