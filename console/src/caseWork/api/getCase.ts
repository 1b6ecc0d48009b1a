import { apiRequest } from '../../common/api/apiRequest.ts';
import { casePath } from '../casePaths.ts';
import type { CaseSnapshot } from '../caseTypes.ts';

/** GET /api/cases/:id — the case as it stands, with its revision. */
export const getCase = async (caseId: string, signal?: AbortSignal): Promise<CaseSnapshot> =>
  (await apiRequest<CaseSnapshot>(casePath(caseId), { signal })).body;
