import { apiRequest } from '../../common/api/apiRequest.ts';
import { casePath } from '../casePaths.ts';
import type { CaseHistory } from '../caseTypes.ts';

/** GET /api/cases/:id/history — every event with who, when and why; personal data masked. */
export const getCaseHistory = async (caseId: string, signal?: AbortSignal): Promise<CaseHistory> =>
  (await apiRequest<CaseHistory>(casePath(caseId, 'history'), { signal })).body;
