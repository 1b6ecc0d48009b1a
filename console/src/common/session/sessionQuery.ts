import { queryOptions } from '@tanstack/react-query';
import { getSession } from './getSession.ts';

/** Who is signed in: asked once per load; a 401 means nobody (no retry). */
export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: ({ signal }) => getSession(signal),
  retry: false,
  staleTime: Infinity,
});
