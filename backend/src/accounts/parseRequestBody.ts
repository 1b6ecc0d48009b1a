import type * as z from 'zod';
import { formatPath } from '@gridline/events';
import { badRequest } from '../http/problems.ts';

export interface FieldIssue {
  /** Like `scope.id`; empty when the body as a whole is wrong (missing, not an object). */
  readonly field: string;
  readonly message: string;
}

const toIssues = (issue: z.core.$ZodIssue): FieldIssue[] =>
  issue.code === 'unrecognized_keys'
    ? issue.keys.map((key) => ({
        field: formatPath([...issue.path, key]),
        message: 'unknown field',
      }))
    : [{ field: formatPath(issue.path), message: issue.message }];

/**
 * The body as the schema's output, or a 400 naming each wrong field. Zod never copies the
 * input into its messages, so a rejected password is not echoed back.
 */
export const parseRequestBody = <Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
): z.output<Schema> => {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const errors = result.error.issues.flatMap(toIssues);
  const detail = errors.map(({ field, message }) => `${field || '(body)'}: ${message}`).join('; ');
  throw badRequest(detail, { errors });
};
