import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  caseCommandTypes,
  caseCommandPayloadSchemas,
} from '@gridline/backend/domain/case/caseCommands.ts';
import { organisationCommandTypes } from '@gridline/backend/domain/organisation/organisationCommands.ts';
import { startApiServer, type ApiServer } from './support/apiServer.ts';

interface OpenApi {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
      }
    >
  >;
}

describe('GET /api/openapi.json', () => {
  let api: ApiServer;
  let document: OpenApi;
  const operation = (id: string) =>
    Object.values(document.paths)
      .flatMap((methods) => Object.values(methods))
      .find((candidate) => candidate.operationId === id);

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

  it('is served to anyone, without a session', async () => {
    expect((await api.call('GET', '/api/openapi.json')).status).toBe(200);
  });
});
