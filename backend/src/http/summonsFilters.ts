import * as z from 'zod';
import { idSchema, timestampSchema } from '@gridline/events';
import { caseIdInputSchema } from '../domain/case/caseIdInput.ts';

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** Instants are compared with the read model's UTC text, so they are read into UTC. */
const instant = timestampSchema.transform((value) => new Date(value).toISOString());

/** The summons list's filters, as query parameters. */
export const summonsFilters = {
  department: idSchema.optional(),
  case: caseIdInputSchema.optional().describe('A case id'),
  open: flag.optional().describe('Neither reported nor withdrawn: who has not reported'),
  overdue: flag.optional().describe('Open past the report deadline'),
};

/** The department response summary's filters. */
export const departmentResponseQuery = {
  department: idSchema.optional(),
  from: instant.optional().describe('Summoned at or after this instant'),
  to: instant.optional().describe('Summoned before this instant'),
  after: z
    .string()
    .regex(/^\d+\/\d+$/, 'must be a log position like 1234/1234')
    .optional(),
};
