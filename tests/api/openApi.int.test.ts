import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  caseCommandTypes,
  caseCommandPayloadSchemas,
} from '@gridline/backend/domain/case/caseCommands.ts';
import { organisationCommandTypes } from '@gridline/backend/domain/organisation/organisationCommands.ts';
import { startApiServer, type ApiServer } from './support/apiServer.ts';
import { documentedResponses } from './support/documentedResponses.ts';

type Schema = Record<string, unknown>;

interface Operation {
  operationId: string;
  security: Record<string, string[]>[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

interface OpenApi {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; securitySchemes: Record<string, Schema> };
}

describe('GET /api/openapi.json', () => {
  let api: ApiServer;
  let document: OpenApi;
  const operations = () =>
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, described]) => ({ path, method, ...described })),
    );
  const operation = (id: string) => operations().find((candidate) => candidate.operationId === id);
  /** The schema of a success response, with a named component looked up. */
  const successSchema = (described: Operation): Schema | undefined => {
    const [, response] = Object.entries(described.responses).find(([status]) =>
      status.startsWith('2'),
    )!;
    // JSON for everything but the live stream, which is text/event-stream.
    const schema = Object.values(response.content ?? {})[0]?.schema;
    const ref = schema?.['$ref'] as string | undefined;
    return ref ? document.components.schemas[ref.split('/').at(-1)!] : schema;
  };

  beforeAll(async () => {
    api = await startApiServer();
    const response = await api.call('GET', '/api/openapi.json');
    expect(response.status).toBe(200);
    document = response.body as unknown as OpenApi;
  });
  afterAll(() => api.close());

  // A client generated from the document must find every operation it calls: the
  // server answers each one itself (a refusal is fine), never with "No route".
  it('describes only operations the server serves', async () => {
    const admin = await api.as('admin');
    const documented = Object.entries(document.paths).flatMap(([template, methods]) =>
      Object.keys(methods).map((method) => ({
        method,
        path: template.replace(/\{\w+\}/g, 'no-such-id'),
      })),
    );
    expect(documented.length).toBeGreaterThan(20);
    for (const { method, path } of documented) {
      const response =
        method === 'get'
          ? await admin.get(path)
          : method === 'post'
            ? await admin.post(path, {})
            : await api.call(method.toUpperCase(), path);
      expect(String(response.body['detail']), `${method} ${path}`).not.toMatch(/^No route/);
      expect(response.status, `${method} ${path}`).toBeLessThan(500);
    }
  });

  it('describes every case command a person can send, and no system-only one', () => {
    const described = caseCommandTypes.filter((type) =>
      operation(type.charAt(0).toLowerCase() + type.slice(1)),
    );
    expect(described).toEqual(caseCommandTypes.filter((type) => type !== 'RecordDeadlineMissed'));
  });

  it('describes every organisation command, inspections, reads and sessions', () => {
    for (const type of organisationCommandTypes)
      expect(operation(type.charAt(0).toLowerCase() + type.slice(1))).toBeDefined();
    for (const id of [
      'recordInspection',
      'getCase',
      'getCaseHistory',
      'getOrganisation',
      'signIn',
      'getSession',
      'signOut',
      'getHealth',
    ]) {
      expect(operation(id), id).toBeDefined();
    }
  });

  it('describes whole-number query parameters as integers, with their defaults as numbers', () => {
    const parameters = (id: string) =>
      (operation(id) as unknown as { parameters: { name: string; schema: Schema }[] }).parameters;
    const schemaOf = (id: string, name: string) =>
      parameters(id).find((parameter) => parameter.name === name)?.schema;
    expect(schemaOf('listCases', 'limit')).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 500,
      default: 50,
    });
    expect(schemaOf('listCases', 'dueWithinHours')).toMatchObject({ type: 'integer', minimum: 1 });
    expect(schemaOf('getGridPatch', 'weeks')).toMatchObject({ type: 'integer', default: 4 });
  });

  it('gives each request body the schema the server validates with', () => {
    const assign = document.paths['/api/cases/{caseId}/assign']!['post']!;
    const schema = assign.requestBody!.content['application/json']!.schema;
    expect(schema).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: ['assigneeId'],
    });
    const fields = Object.keys(caseCommandPayloadSchemas.AssignCase.shape);
    expect(Object.keys(schema['properties'] as object).sort()).toEqual(fields.sort());
  });

  it('gives every answer with a body its schema', () => {
    const undescribed = operations().filter(
      (described) =>
        described.operationId !== 'signOut' &&
        Object.keys(successSchema(described) ?? {}).length === 0,
    );
    expect(undescribed.map(({ operationId }) => operationId)).toEqual([]);
    expect(operation('signOut')!.responses['204']).toEqual({ description: 'Signed out' });
  });

  it('answers every command in one shape: id, stream, revision, position, events, state', () => {
    const commands = operations().filter(({ method }) => method === 'post');
    expect(commands.length).toBeGreaterThan(25);
    for (const command of commands.filter(({ operationId }) => operationId !== 'signIn')) {
      expect(successSchema(command)?.['required'], command.operationId).toEqual(
        expect.arrayContaining(['id', 'streamName', 'revision', 'position', 'events', 'state']),
      );
    }
  });

  it("describes a case's state as a union of its statuses", () => {
    const statuses = (document.components.schemas['CaseState']!['oneOf'] as Schema[]).map(
      (member) => (member['properties'] as Record<string, Schema>)['status']!['const'],
    );
    expect(statuses).toEqual([
      'awaiting_dispatch',
      'assigned',
      'in_progress',
      'resolved',
      'closed',
    ]);
  });

  it('declares the session cookie on every read and the CSRF token on every change, but not on the public operations', () => {
    expect(document.components.securitySchemes).toMatchObject({
      sessionCookie: { type: 'apiKey', in: 'cookie', name: 'gridline_session' },
      csrfToken: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
    });
    for (const { operationId, method, security } of operations()) {
      const expected = ['getHealth', 'signIn'].includes(operationId)
        ? []
        : method === 'get'
          ? [{ sessionCookie: [] }]
          : [{ sessionCookie: [], csrfToken: [] }];
      expect(security, operationId).toEqual(expected);
    }
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
  });

  // The API tests check every success they see against the document (support/apiServer.ts);
  // that check must be able to fail.
  it('refuses an answer with a field its schema lacks, or a field of the wrong type', async () => {
    const check = documentedResponses(document as never);
    const health = (await api.call('GET', '/api/health')).body;
    expect(() => check('GET', '/api/health', 200, health)).not.toThrow();
    expect(() => check('GET', '/api/health', 200, { ...health, extra: true })).toThrow(/extra/);
    expect(() => check('GET', '/api/health', 200, { ...health, status: 'fine' })).toThrow(/status/);
    expect(() => check('GET', '/api/health', 299, health)).toThrow(/no such response/);
  });

  it('is served to anyone, without a session', async () => {
    expect((await api.call('GET', '/api/openapi.json')).status).toBe(200);
  });
});
