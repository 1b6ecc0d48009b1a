import { apiRequest } from '../api/apiRequest.ts';
import type { SessionAnswer } from './account.ts';

/** GET /api/session: who is signed in (401 when nobody). */
export const getSession = async (signal?: AbortSignal): Promise<SessionAnswer> =>
  (await apiRequest<SessionAnswer>('/api/session', { signal })).body;
