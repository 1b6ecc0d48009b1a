import { apiRequest } from '../../common/api/apiRequest.ts';

/** DELETE /api/session — ends the session on the server. */
export const signOut = async (): Promise<void> => {
  await apiRequest<void>('/api/session', { method: 'DELETE' });
};
