import { endpoints } from '../../api/support/matrixEndpoints.ts';
import { password } from '../../api/support/apiServer.ts';

// Every operation of /api/openapi.json, as the fuzzer sees it: its parameters with the
// values their schemas list, and a body a console would send, for the fuzzer to bend.

export interface Parameter {
  readonly in: 'path' | 'query' | 'header';
  readonly name: string;
  /** Values the schema names (enums), for requests that get past validation. */
  readonly listed: readonly string[];
}

export interface Operation {
  readonly method: string;
  readonly template: string;
  readonly parameters: readonly Parameter[];
  readonly hasBody: boolean;
  /** A well-formed body, or undefined when there is none to start from. */
  readonly sampleBody: unknown;
}

interface DocumentParameter {
  readonly in: Parameter['in'];
  readonly name: string;
  readonly schema?: Record<string, unknown>;
}

export interface OpenApiDocument {
  readonly paths: Record<
    string,
    Record<string, { parameters?: DocumentParameter[]; requestBody?: unknown }>
  >;
  readonly components: { readonly schemas: Record<string, unknown> };
}

/** Enum values anywhere in a parameter's schema (arrays and unions included). */
const listedValues = (schema: unknown): string[] => {
  if (typeof schema !== 'object' || schema === null) return [];
  const found = Object.entries(schema).flatMap(([key, value]) =>
    key === 'enum' && Array.isArray(value) ? value.map(String) : listedValues(value),
  );
  return [...new Set(found)];
};

// What each command endpoint of the role × scope matrix sends, with a case state that
// has a summons and a deadline, so the bodies that read them can be made.
const sampleState = {
  summonses: [{ summonsId: '8b0f2d1e-3c4a-4b5d-9e6f-7a8b9c0d1e2f' }],
  deadline: { due: '2026-06-10T18:00:00+08:00' },
};

const sampleBodies = new Map<string, unknown>([
  ['POST /api/session', { username: 'worker', password }],
  ...endpoints.flatMap((endpoint) =>
    endpoint.body
      ? [
          [
            `${endpoint.method} ${endpoint.documented ?? endpoint.path('{caseId}')}`,
            endpoint.body(sampleState, 'admin', 'fuzz'),
          ] as const,
        ]
      : [],
  ),
]);

export const operationsOf = (document: OpenApiDocument): Operation[] =>
  Object.entries(document.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      template,
      parameters: (operation.parameters ?? []).map((parameter) => ({
        in: parameter.in,
        name: parameter.name,
        listed: listedValues(parameter.schema),
      })),
      hasBody: operation.requestBody !== undefined,
      sampleBody: sampleBodies.get(`${method.toUpperCase()} ${template}`),
    })),
  );
