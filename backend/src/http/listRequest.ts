import { createHash } from 'node:crypto';
import type { Request } from 'express';
import * as z from 'zod';
import type { PageCursor, PageRequest, SortDirection } from '@gridline/projections';
import { badRequest } from './problems.ts';
import { queryWholeNumberOr } from './queryNumber.ts';

// The query string every list endpoint takes: its own filters, `sort` (a column, `-` for
// descending), `limit`, `cursor` (from the previous page) and `after` (a log position to
// wait for). Anything else is refused by name, so a typo never silently shows everything.

export interface ListSpec<Filters extends z.ZodRawShape> {
  readonly filters: Filters;
  /** Sort keys clients may use, mapped to the read model's columns. */
  readonly sorts: Readonly<Record<string, string>>;
  readonly defaultSort: string;
  /** Filters that say where the first page starts only: the cursor goes on without them. */
  readonly startFilters?: readonly string[];
}

export interface ListRequest<Filters> {
  readonly filters: Filters;
  readonly sort: PageRequest['sort'];
  readonly cursor: PageCursor | null;
  readonly limit: number;
  /** The log position the client wants the read models to have passed. */
  readonly after: string | undefined;
  /** The list this request pages (see `listQueryOf`), for the cursor it gives out. */
  readonly query: string;
}

export const maxPageSize = 500;

const cursorSchema = z.strictObject({
  value: z.union([z.string(), z.number(), z.null()]),
  key: z.string(),
  query: z.string(),
});

const definedEntries = (values: Readonly<Record<string, unknown>>) =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * The list a cursor pages: its sort, filters and path parameters, digested. A cursor is
 * the last row's sort value and key, which means nothing in another order or selection:
 * reused there it would page on from an arbitrary place, so it is refused instead.
 */
export const listQueryOf = (
  sort: PageRequest['sort'],
  filters: Readonly<Record<string, unknown>>,
  params: Readonly<Record<string, unknown>> = {},
): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        sort.column,
        sort.direction,
        definedEntries(filters),
        definedEntries(params),
      ]),
    )
    .digest('base64url')
    .slice(0, 16);

const decodeCursor = (text: string, query: string): PageCursor => {
  let cursor: z.output<typeof cursorSchema>;
  try {
    cursor = cursorSchema.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
  } catch {
    throw badRequest('cursor: not a cursor this server gave out; start again without it.');
  }
  if (cursor.query !== query) {
    throw badRequest(
      'cursor: given out for another sort or filters; send it with the ones it came with, or start again without it.',
    );
  }
  return { value: cursor.value, key: cursor.key };
};

/** The next page's cursor, bound to the list it pages (`ListRequest.query`). */
export const encodeCursor = (cursor: PageCursor | null, query: string): string | null =>
  cursor === null
    ? null
    : Buffer.from(JSON.stringify({ ...cursor, query }), 'utf8').toString('base64url');

const common = {
  sort: z.string().optional(),
  limit: queryWholeNumberOr(50, 1, maxPageSize),
  cursor: z.string().optional(),
  after: z
    .string()
    .regex(/^\d+\/\d+$/, 'must be a log position like 1234/1234')
    .optional(),
};

/** Every query parameter of a list endpoint, for its OpenAPI description. */
export const listQueryShape = <Filters extends z.ZodRawShape>(
  spec: ListSpec<Filters>,
): Record<string, z.ZodType> => ({
  ...(spec.filters as unknown as Record<string, z.ZodType>),
  ...common,
  sort: z
    .enum(Object.keys(spec.sorts).flatMap((key) => [key, `-${key}`]) as [string, ...string[]])
    .optional(),
});

/** A page as every list endpoint answers it. */
export const pageSchema = <Item extends z.ZodType>(item: Item) =>
  z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .describe('Pass as `cursor` for the next page; null at the end'),
  });

export const parseListRequest = <Filters extends z.ZodRawShape>(
  req: Request,
  spec: ListSpec<Filters>,
): ListRequest<z.output<z.ZodObject<Filters>>> => {
  const schema = z.strictObject({ ...spec.filters, ...common });
  const parsed = schema.safeParse(req.query);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (known: ${Object.keys(schema.shape).join(', ')})`
        : `${issue.path.join('.')}: ${issue.message}`,
    );
    throw badRequest(`Query: ${issues.join('; ')}`);
  }
  const {
    sort = spec.defaultSort,
    limit,
    cursor,
    after,
    ...filters
  } = parsed.data as Record<string, unknown> & {
    sort?: string;
    limit: number;
    cursor?: string;
    after?: string;
  };
  const direction: SortDirection = sort.startsWith('-') ? 'desc' : 'asc';
  const key = sort.replace(/^-/, '');
  // Own keys only: `sort=constructor` must not find Object.prototype's.
  const column = Object.hasOwn(spec.sorts, key) ? spec.sorts[key] : undefined;
  if (column === undefined) {
    throw badRequest(
      `sort: "${sort}" is not one of ${Object.keys(spec.sorts).join(', ')} (prefix - to reverse)`,
    );
  }
  const paged = Object.fromEntries(
    Object.entries(filters).filter(([name]) => !spec.startFilters?.includes(name)),
  );
  const query = listQueryOf({ column, direction }, paged, req.params);
  return {
    filters: filters as z.output<z.ZodObject<Filters>>,
    sort: { column, direction },
    cursor: cursor === undefined ? null : decodeCursor(cursor, query),
    limit,
    after,
    query,
  };
};
