import { apiRequest } from '../api/apiRequest.ts';
import type { Organisation } from './organisationTypes.ts';

/** GET /api/organisation: streets, communities, grids, departments and posts. */
export const getOrganisation = async (signal?: AbortSignal): Promise<Organisation> =>
  (await apiRequest<Organisation>('/api/organisation', { signal })).body;
