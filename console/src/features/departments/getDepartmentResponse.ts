import type { DepartmentResponse } from '@gridline/projections';
import { apiPath, apiRequest } from '../../common/api/apiRequest.ts';

export interface DepartmentResponses {
  readonly asOf: string;
  readonly departments: readonly DepartmentResponse[];
}

/** GET /api/departments/response — per department: summoned, reported on time or late, owed. */
export const getDepartmentResponse = async (
  query: { readonly department?: string; readonly after?: string },
  signal?: AbortSignal,
): Promise<DepartmentResponses> =>
  (
    await apiRequest<DepartmentResponses>(apiPath('/api/departments/response', { ...query }), {
      signal,
    })
  ).body;
