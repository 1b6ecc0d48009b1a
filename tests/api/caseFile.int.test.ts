import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/apiServer.ts';
import { caseAfter, ladder } from './support/caseSetup.ts';
import type { Username } from './support/testDistrict.ts';

interface CaseFile {
  format: string;
  caseId: string;
  revision: string;
  events: { revision: string; type: string; state: Record<string, unknown> }[];
  reveals: { stream: string; type: string; data: { fields: string[]; reason: string } }[];
}
interface Sealed {
  file: CaseFile;
  hash: { algorithm: string; canonicalization: string; value: string };
}

// The recipe in docs/api.md, written out here on its own (not the server's code), so the
// test checks what an auditor would do: JSON with members sorted, no whitespace, SHA-256.
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .sort()
      .map((name) => `${JSON.stringify(name)}:${canonical(record[name])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
};
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('GET /api/cases/:caseId/file, the case file (一案一档)', () => {
  let api: ApiServer;
  let caseId: string;
  beforeAll(async () => {
    api = await startApiServer();
    caseId = await caseAfter(api.services, api.now(), ladder.summoned);
    await (
      await api.as('supervisor')
    ).post(`/api/cases/${caseId}/personal-data-reveals`, {
      fields: ['parties[].phone'],
      reason: '需电话联系当事人。',
    });
  });
  afterAll(() => api.close());

  const fileOf = async (username: Username = 'auditor', id = caseId, query = '') => {
    const response = await (await api.as(username)).get(`/api/cases/${id}/file${query}`);
    return { ...response, sealed: response.body as unknown as Sealed };
  };

  it('holds the case’s events, the state after each, and the reveals from the access logs', async () => {
    const { status, sealed } = await fileOf();
    expect(status).toBe(200);
    expect(sealed.file).toMatchObject({ format: 'gridline.case-file/1', caseId, revision: '2' });
    expect(
      sealed.file.events.map((step) => [step.revision, step.type, step.state['level']]),
    ).toEqual([
      ['0', 'DisputeLogged', 'grid'],
      ['1', 'CaseEscalated', 'community'],
      ['2', 'DepartmentSummoned', 'community'],
    ]);
    expect(sealed.file.reveals).toEqual([
      expect.objectContaining({
        stream: 'access-p-supervisor',
        type: 'PersonalDataRevealed',
        data: { caseId, fields: ['parties[].phone'], reason: '需电话联系当事人。' },
      }),
    ]);
    expect(JSON.stringify(sealed)).not.toMatch(/13800138000|赵敏/);
  });

  it('carries a hash an auditor recomputes from the JSON alone, as docs/api.md says', async () => {
    const { sealed } = await fileOf();
    expect(sealed.hash).toMatchObject({ algorithm: 'SHA-256', canonicalization: 'RFC 8785' });
    expect(sha256(canonical(sealed.file))).toBe(sealed.hash.value);
  });

  it('gives another hash when one byte of the file changes', async () => {
    const { sealed } = await fileOf();
    const text = canonical(sealed.file);
    const at = text.indexOf('需电话');
    const changed = `${text.slice(0, at)}要${text.slice(at + 1)}`;
    expect(changed).not.toBe(text);
    expect(sha256(changed)).not.toBe(sealed.hash.value);
    const tampered = structuredClone(sealed.file);
    tampered.events[1]!.state['level'] = 'grid';
    expect(sha256(canonical(tampered))).not.toBe(sealed.hash.value);
  });

  it('is the same file, same hash, for the same record, and a new one once the case moves', async () => {
    const first = await fileOf();
    expect((await fileOf('admin')).sealed.hash.value).toBe(first.sealed.hash.value);
    await (await api.as('community')).post(`/api/cases/${caseId}/notes`, { text: '已电话联系。' });
    const after = await fileOf();
    expect(after.sealed.file.revision).toBe('3');
    expect(after.sealed.hash.value).not.toBe(first.sealed.hash.value);
  });

  it('is for whoever may read the case', async () => {
    expect((await fileOf('liaison')).status).toBe(200);
    expect((await fileOf('otherLeader')).status).toBe(403);
  });

  it.each([
    [
      '404 for a case that does not exist',
      '0b5c4e2e-6f1d-4c7a-9e3b-2d8f6a1c9e40',
      '',
      404,
      /No case/,
    ],
    ['400 for a case id that is not a UUID', 'overdue', '', 400, /caseId/],
    ['400 for an unknown parameter', undefined, '?format=pdf', 400, /format: unknown field/],
  ])('answers %s', async (_name, id, query, status, detail) => {
    const response = await fileOf('auditor', id ?? caseId, query);
    expect(response.status).toBe(status);
    expect(response.body['detail']).toMatch(detail);
  });
});
