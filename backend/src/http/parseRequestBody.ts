import type * as z from 'zod';
import { formatPath } from '@gridline/events';
import { badRequest } from './problems.ts';

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
): z.output<Schema> => parseRequestPart(schema, body, 'body');

/** The same for path parameters, query strings and headers: `part` names which. */
export const parseRequestPart = <Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  part: 'body' | 'path' | 'query' | 'header',
): z.output<Schema> => {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = result.error.issues.flatMap(toIssues);
  const detail = errors
    .map(({ field, message }) => `${field || `(${part})`}: ${message}`)
    .join('; ');
  throw badRequest(`Invalid request ${part}: ${detail}`, { errors });
};
