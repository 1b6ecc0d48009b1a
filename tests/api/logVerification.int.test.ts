import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogFailedVerificationError } from '@gridline/backend/application/logIntegrity.ts';
import { logWriteGate } from '@gridline/backend/application/logWriteGate.ts';
import { createServices } from '@gridline/backend/application/services.ts';
import { startApiServer, type ApiServer } from './support/apiServer.ts';
import { caseAfter, ladder } from './support/caseSetup.ts';

// GET /api/audit/verification, and what the API does once a check found the log doctored.

describe('The log verification over the API', () => {
  let api: ApiServer;
  let caseId: string;
  beforeEach(async () => {
    api = await startApiServer();
    caseId = await caseAfter(api.services, api.now(), ladder.assigned);
  });
  afterEach(() => api.close());

  /** Edits the case's first event in the file, as an insider would, and hides nothing. */
  const tamperWithTheCase = (): void => {
    const db = new Database(join(api.dataDir, 'events.sqlite'));
    db.prepare(
      `UPDATE events SET metadata = json_set(metadata, '$.actor.personId', 'p-nobody')
       WHERE stream_name = ? AND revision = 0`,
    ).run(`case-${caseId}`);
    db.close();
  };

  it('gives auditors the whole report of an untouched log', async () => {
    const auditor = await api.as('auditor');
    const response = await auditor.get('/api/audit/verification');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ verifiable: true, ok: true, mode: 'full', breaks: [] });
    expect(response.body['eventsChecked']).toBeGreaterThan(10);
  });

  it('holds the log to an anchor taken earlier, and refuses a malformed one with 400', async () => {
    const admin = await api.as('admin');
    const { head } = (await admin.get('/api/audit/verification')).body as {
      head: { position: number; hash: string };
    };
    const anchored = await admin.get(
      `/api/audit/verification?anchor=${head.position}:${head.hash}`,
    );
    expect(anchored.body).toMatchObject({ ok: true });
    const elsewhere = await admin.get(
      `/api/audit/verification?anchor=${head.position}:${'a'.repeat(64)}`,
    );
    expect(elsewhere.body).toMatchObject({ ok: false, firstBreak: { kind: 'anchor_mismatch' } });

    for (const query of ['anchor=12:xyz', 'anchor=1&anchor=2', 'verbose=1']) {
      const refused = await admin.get(`/api/audit/verification?${query}`);
      expect(refused.status, query).toBe(400);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('names the break it finds, then refuses every change with 503 while reads go on', async () => {
    const auditor = await api.as('auditor');
    const admin = await api.as('admin');
    tamperWithTheCase();

    const report = await auditor.get('/api/audit/verification');
    expect(report.body).toMatchObject({
      ok: false,
      firstBreak: { kind: 'altered_event', stream: `case-${caseId}`, revision: 0 },
    });

    const before = await api.lastPosition();
    const note = await admin.post(`/api/cases/${caseId}/notes`, { text: '已与物业沟通。' });
    expect(note.status).toBe(503);
    expect(note.headers.get('content-type')).toContain('application/problem+json');
    expect(note.body).toMatchObject({
      status: 503,
      title: 'Log failed verification',
      firstBreak: { kind: 'altered_event', stream: `case-${caseId}` },
    });
    // Even a command that would be refused anyway is refused for the log first.
    expect((await admin.post('/api/cases/disputes', { nonsense: true })).status).toBe(503);
    expect(await api.lastPosition()).toBe(before);

    const health = await api.call('GET', '/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({
      status: 'read_only',
      log: { state: 'failed', firstBreak: { kind: 'altered_event' }, breaksFound: 1 },
    });
    // Auditors still sign in and read, to find out what happened.
    const again = await api.as('auditor');
    expect((await again.get(`/api/cases/${caseId}/history`)).status).toBe(200);
    expect((await auditor.get(`/api/cases/${caseId}`)).status).toBe(200);
  });

  it('refuses appends from every other writer in the process too', async () => {
    tamperWithTheCase();
    await api.integrity.checkAll();
    const gated = createServices(logWriteGate(api.store, api.integrity));
    await expect(caseAfter(gated, api.now(), [])).rejects.toThrow(LogFailedVerificationError);
  });

  it('is described in the OpenAPI document, its anchor parameter included', async () => {
    const document = (await api.call('GET', '/api/openapi.json')).body as {
      paths: Record<string, Record<string, { parameters: { name: string; in: string }[] }>>;
    };
    const operation = document.paths['/api/audit/verification']!['get']!;
    expect(operation).toMatchObject({ operationId: 'verifyLog', tags: ['audit'] });
    expect(operation.parameters).toContainEqual(
      expect.objectContaining({ name: 'anchor', in: 'query' }),
    );
    expect(
      Object.keys(document.paths['/api/cases/{caseId}/notes']!['post']!['responses' as never]),
    ).toContain('503');
  });
});
