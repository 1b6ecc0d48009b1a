import * as z from 'zod';
import { idSchema, issueCategorySchema, issueSourceSchema, levelSchema } from '@gridline/events';
import { queryWholeNumber } from './queryNumber.ts';

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** The case board's filters, as query parameters. */
export const caseBoardFilters = {
  grid: idSchema.optional(),
  community: idSchema.optional(),
  street: idSchema.optional(),
  level: levelSchema.optional(),
  status: z.enum(['awaiting_dispatch', 'assigned', 'in_progress', 'resolved', 'closed']).optional(),
  kind: z.enum(['dispute', 'issue']).optional(),
  category: issueCategorySchema.optional(),
  source: z.enum([...issueSourceSchema.options, 'unknown']).optional(),
  department: idSchema.optional(),
  open: flag.optional(),
  overdue: flag.optional(),
  dueWithinHours: queryWholeNumber(1, 24 * 366).optional(),
  escalatedWithinDays: queryWholeNumber(1, 366).optional(),
  // SQLite's LIKE ends a pattern at a NUL, so `q=%00` would match every title.
  q: z
    .string()
    .min(1)
    .max(100)
    .refine((text) => !/\p{Cc}/u.test(text), 'must not hold control characters')
    .optional()
    .describe('Words in the title'),
};
