import * as z from 'zod';
import { logIntegrityStatusSchema } from './logIntegrityResponses.ts';

/** GET /api/health: answered without a session, so load balancers and operators can ask. */
export const healthSchema = z.object({
  status: z
    .enum(['ok', 'verifying', 'read_only'])
    .describe(
      'verifying while the check of the log after start runs (reads are served, changes answered 503 with Retry-After until it ends); read_only once a check found the log doctored: reads go on, changes do not',
    ),
  store: z.object({ kind: z.string(), location: z.string() }),
  log: logIntegrityStatusSchema,
  readModels: z.array(
    z.object({
      name: z.string(),
      version: z.int(),
      state: z.enum(['catching_up', 'live', 'rebuilding', 'failed']),
      position: z.string().nullable().describe('The last event the serving read model holds'),
      lag: z.int().describe("Events between that position and the log's head"),
      error: z.string().optional(),
    }),
  ),
});
