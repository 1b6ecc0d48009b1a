import * as z from 'zod';
import { scopeSchema, staffRoleSchema } from '@gridline/events';

/** POST and GET /api/session: who is signed in, and the token that changes need. */
export const sessionSchema = z.object({
  account: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: staffRoleSchema,
    scope: scopeSchema,
    personId: z.string(),
  }),
  csrfToken: z.string().describe('Send it as X-CSRF-Token on every change'),
});
