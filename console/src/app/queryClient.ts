import { QueryClient } from '@tanstack/react-query';
import { isApiProblem } from '../common/api/apiProblem.ts';

// Refusals (4xx) are answers, not hiccups: retrying them only delays the message. Network
// failures and 5xx are retried twice, then shown with a retry button.
const worthRetrying = (failures: number, error: unknown): boolean =>
  failures < 2 && (!isApiProblem(error) || error.status === 0 || error.status >= 500);

export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: {
      queries: { retry: worthRetrying, staleTime: 15_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
