import type { RequestHandler, Router } from 'express';
import * as z from 'zod';
import { openApiSchemas } from './openApiSchemas.ts';
import { parseRequestPart } from './parseRequestBody.ts';
import { csrfHeaderName } from './session/csrfGuard.ts';
import { sessionCookieName } from './session/sessionCookie.ts';

// Every route is declared once, as an operation: Express serves it and the OpenAPI
// document describes it from the same zod schemas the route validates with.

export interface ApiOperation {
  readonly method: 'get' | 'post' | 'delete';
  /** Express-style, relative to /api: `/cases/:caseId/assign`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly tag: string;
  /** Served without a session (health, sign-in): the operation declares no security. */
  readonly public?: boolean;
  /** Each path parameter's schema, as the route validates it: `{ caseId: … }`. */
  readonly pathParameters?: Readonly<Record<string, z.ZodType>>;
  /** Optional query parameters, all strings. */
  readonly queryParameters?: readonly { readonly name: string; readonly description: string }[];
  /** Optional query parameters with the schemas the route parses them with. */
  readonly query?: Readonly<Record<string, z.ZodType>>;
  readonly requestBody?: z.ZodType;
  /** Status → description of the success responses; problem responses are added for all. */
  readonly responses: Readonly<Record<number, string>>;
  /** The body of the success responses, as the route builds it; none for a 204. */
  readonly responseSchema?: z.ZodType;
  /** Problem statuses only this operation answers with (410 for erased data). */
  readonly extraProblems?: readonly number[];
  /** Default application/json; a live stream is text/event-stream. */
  readonly responseContentType?: 'application/json' | 'text/event-stream';
  /** Headers the operation reads (If-Match, Idempotency-Key…), for the document. */
  readonly headers?: readonly (
    'If-Match' | 'Idempotency-Key' | 'X-Correlation-Id' | 'X-Occurred-At' | 'Last-Event-ID'
  )[];
}

export interface ApiRegistry {
  readonly operations: ApiOperation[];
  /** Registers the operation on the router and remembers it for the OpenAPI document. */
  add(router: Router, operation: ApiOperation, handler: RequestHandler): void;
}

const noQuery = z.strictObject({});

/**
 * An operation that declares no query parameters reads none, so any sent are a mistake
 * (`GET /api/cases/:caseId?revision=3` would otherwise answer the latest, silently). Those
 * that declare some parse them strictly themselves.
 */
const refuseUndeclaredQuery: RequestHandler = (req, _res, next) => {
  parseRequestPart(noQuery, req.query, 'query');
  next();
};

export const apiRegistry = (): ApiRegistry => {
  const operations: ApiOperation[] = [];
  return {
    operations,
    add(router, operation, handler) {
      operations.push(operation);
      if (operation.query === undefined && operation.queryParameters === undefined) {
        router[operation.method](operation.path, refuseUndeclaredQuery, handler);
      } else {
        router[operation.method](operation.path, handler);
      }
    },
  };
};

const headerDescriptions = {
  'If-Match':
    'The ETag (stream revision) the client last saw; a stale one gets 409 with the current state.',
  'Idempotency-Key':
    'Retrying with the same key writes nothing new and answers as a replay; the same key with a different request is refused (422).',
  'X-Correlation-Id': "Ties the command's events to the client's trace.",
  'X-Occurred-At': 'When it happened in the field (ISO-8601), if recorded later.',
  'Last-Event-ID':
    'The id (log position) of the last event received: the stream resumes after it. A malformed or future position is refused (400).',
} as const;

/**
 * A whole-number query parameter is read from its text, so its default is given as text
 * (`queryWholeNumberOr`); the document describes it as the integer it is.
 */
const integerDefaults = ({ jsonSchema }: { jsonSchema: Record<string, unknown> }): void => {
  if (jsonSchema['type'] === 'integer' && typeof jsonSchema['default'] === 'string') {
    jsonSchema['default'] = Number(jsonSchema['default']);
  }
};

const problemResponse = {
  description: 'A problem (RFC 9457) saying what was wrong',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

const logFailedResponse = {
  ...problemResponse,
  description: 'The event log failed verification: changes are refused until an operator acts',
};

const toOpenApiPath = (path: string): string => `/api${path.replace(/:(\w+)/g, '{$1}')}`;

// Every operation past sign-in needs the session cookie; a change needs the CSRF token too,
// so a page on another site cannot make the browser act with our cookie.
const securitySchemes = {
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: sessionCookieName,
    description: 'Set by POST /api/session; httpOnly, so a browser sends it by itself.',
  },
  csrfToken: {
    type: 'apiKey',
    in: 'header',
    name: csrfHeaderName,
    description: 'The csrfToken that POST or GET /api/session returned; needed on every change.',
  },
};

const securityOf = (operation: ApiOperation) =>
  operation.public
    ? []
    : operation.method === 'get'
      ? [{ sessionCookie: [] }]
      : [{ sessionCookie: [], csrfToken: [] }];

/** The OpenAPI 3.1 description of every registered operation. */
export const openApiDocument = (operations: readonly ApiOperation[]) => {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas = openApiSchemas();
  for (const operation of operations) {
    const parameters = [
      ...Object.entries(operation.pathParameters ?? {}).map(([name, schema]) => ({
        name,
        in: 'path',
        required: true,
        schema: z.toJSONSchema(schema, { io: 'input' }),
      })),
      ...(operation.queryParameters ?? []).map(({ name, description }) => ({
        name,
        in: 'query',
        required: false,
        description,
        schema: { type: 'string' },
      })),
      ...Object.entries(operation.query ?? {}).map(([name, schema]) => ({
        name,
        in: 'query',
        required: false,
        schema: z.toJSONSchema(schema, {
          io: 'input',
          unrepresentable: 'any',
          override: integerDefaults,
        }),
      })),
      ...(operation.headers ?? []).map((name) => ({
        name,
        in: 'header',
        required: false,
        description: headerDescriptions[name],
        schema: { type: 'string' },
      })),
    ];
    const responses: Record<string, unknown> = {};
    for (const [status, description] of Object.entries(operation.responses)) {
      const contentType = operation.responseContentType ?? 'application/json';
      responses[status] =
        status === '204'
          ? { description }
          : {
              description,
              content: {
                [contentType]: {
                  schema: operation.responseSchema
                    ? schemas.convert(operation.responseSchema, 'output')
                    : {},
                },
              },
            };
    }
    for (const status of ['400', '401', '403', '404', '409', '415', '422', '429'])
      responses[status] = problemResponse;
    for (const status of operation.extraProblems ?? []) responses[String(status)] = problemResponse;
    if (operation.method !== 'get') responses['503'] = logFailedResponse;
    (paths[toOpenApiPath(operation.path)] ??= {})[operation.method] = {
      operationId: operation.operationId,
      summary: operation.summary,
      tags: [operation.tag],
      security: securityOf(operation),
      parameters,
      ...(operation.requestBody && {
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: z.toJSONSchema(operation.requestBody, { io: 'input' }) },
          },
        },
      }),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Gridline API',
      version: '0.1.0',
      description:
        'Grid-based community governance: cases climb grid → community → street → department. ' +
        'Sign in with POST /api/session; send the returned csrfToken as X-CSRF-Token on every change.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: '/', description: 'The server that serves this document' }],
    paths,
    components: {
      securitySchemes,
      schemas: {
        ...schemas.components,
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
          },
        },
      },
    },
  };
};
