import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer, type Client } from './support/apiServer.ts';
import { disputeBody, issueBody, otherGridDispute } from './support/payloads.ts';

// Every refusal is a precise 4xx in problem+json, and the log's last position is the same
// before and after: a refused request writes nothing.
describe('Bad input to the case API', () => {
  let api: ApiServer;
  let worker: Client;
  let leader: Client;
  let caseId: string;

  beforeAll(async () => {
    api = await startApiServer();
    worker = await api.as('worker');
    leader = await api.as('leader');
    caseId = (await worker.post('/api/cases/disputes', disputeBody)).body['id'] as string;
  });
  afterAll(() => api.close());

  const refused = async (
    request: () => Promise<{ status: number; headers: Headers; body: Record<string, unknown> }>,
    status: number,
    detail: RegExp,
  ) => {
    const before = await api.lastPosition();
    const response = await request();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body['detail']).toMatch(detail);
    expect(await api.lastPosition()).toBe(before);
  };

  it('refuses an unknown field, naming it', () =>
    refused(
      () => worker.post('/api/cases/disputes', { ...disputeBody, priority: 'urgent' }),
      400,
      /priority: unknown field/,
    ));

  it('refuses a client-made link to an inspection: only a recorded patrol opens such cases', () =>
    refused(
      () =>
        worker.post('/api/cases/issues', {
          ...issueBody,
          source: 'inspection',
          inspectionId: 'no-such-patrol',
        }),
      400,
      /inspectionId: no patrol no-such-patrol is recorded/,
    ));

  it('refuses a wrong type, naming the field', () =>
    refused(
      () => worker.post('/api/cases/disputes', { ...disputeBody, riskLevel: 3 }),
      400,
      /riskLevel/,
    ));

  it('refuses a value outside its list', () =>
    refused(
      () => worker.post('/api/cases/disputes', { ...disputeBody, disputeType: 'alien' }),
      400,
      /disputeType/,
    ));

  it('refuses an oversized string', () =>
    refused(
      () => worker.post('/api/cases/disputes', { ...disputeBody, title: '漏'.repeat(5000) }),
      400,
      /title/,
    ));

  it('refuses a malformed phone number of a party', () =>
    refused(
      () =>
        worker.post('/api/cases/disputes', {
          ...disputeBody,
          parties: [{ name: '赵敏', phone: '12', role: 'applicant' }],
        }),
      400,
      /parties\[0\]\.phone/,
    ));

  const partyWithIdNumber = (idNumber: string) => () =>
    worker.post('/api/cases/disputes', {
      ...disputeBody,
      parties: [{ name: '赵敏', idNumber, role: 'applicant' }],
    });

  it('refuses an ID number whose check character does not match, saying the checksum failed', () =>
    // 110101199003071233 is valid; its last character is the check.
    refused(
      partyWithIdNumber('110101199003071234'),
      400,
      /parties\[0\]\.idNumber: .*checksum failed/,
    ));

  it('refuses an ID number of the wrong shape, saying what the shape is', async () => {
    for (const idNumber of ['11010119900307123', '1101011990030712x', 'ABCDEFGHIJKLMNOPQR']) {
      await refused(
        partyWithIdNumber(idNumber),
        400,
        /parties\[0\]\.idNumber: must be 18 characters: 17 digits, then a digit or X$/,
      );
    }
  });

  // Spaces, a tab, full-width spaces (U+3000), a zero-width space: none of them names anyone.
  const blankNames = ['   ', '\t', '\u3000\u3000', '\u200b'];

  it.each(blankNames)('refuses a blank name of a party (%j), naming the field', (name) =>
    refused(
      () =>
        worker.post('/api/cases/disputes', {
          ...disputeBody,
          parties: [{ name, role: 'applicant' }],
        }),
      400,
      /parties\[0\]\.name: must not be blank/,
    ),
  );

  it.each(blankNames)('refuses a blank name of a reporter (%j), naming the field', (name) =>
    refused(
      () =>
        worker.post('/api/cases/issues', {
          ...issueBody,
          source: 'hotline',
          reporter: { name, phone: '13800138000' },
        }),
      400,
      /reporter\.name: must not be blank/,
    ),
  );

  it('refuses malformed JSON', () =>
    refused(() => worker.postRaw('/api/cases/disputes', '{"title": '), 400, /JSON/i));

  it('refuses a form-encoded command with 415, asking for JSON', () =>
    refused(
      () =>
        worker.postRaw(`/api/cases/${caseId}/notes`, 'text=%E8%A1%A5%E5%85%85', {
          'content-type': 'application/x-www-form-urlencoded',
        }),
      415,
      /^Send JSON/,
    ));

  it('refuses a body that is not an object', () =>
    refused(() => worker.post('/api/cases/disputes', [1, 2]), 400, /body|expected object/i));

  it('refuses a grid that is not where the place says', () =>
    refused(
      () =>
        worker.post('/api/cases/disputes', {
          ...disputeBody,
          place: { ...disputeBody.place, communityId: 'comm-heping' },
        }),
      400,
      /grid grid-ryy-1 lies in community comm-ruiyiyuan/,
    ));

  it('refuses an invalid case id in the path', () =>
    refused(
      () => leader.post('/api/cases/not%20an%20id!/assign', { assigneeId: 'p-worker' }),
      400,
      /caseId/,
    ));

  it('refuses a word where a case id belongs, naming the parameter: a 404 would read as "none"', async () => {
    for (const path of ['/api/cases/overdue', '/api/cases/overdue/history']) {
      const response = await leader.get(path);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body['detail']).toMatch(/^Invalid request path: caseId: must be a case id/);
    }
    await refused(
      () => leader.post('/api/cases/no-such-case/assign', { assigneeId: 'p-worker' }),
      400,
      /caseId: must be a case id/,
    );
  });

  // A read that takes no parameters answered as if none were sent: `?revision=0` on a case
  // showed the latest state, `?x=1` on a live stream streamed. Now each is named.
  it.each([
    ['a case', (id: string) => `/api/cases/${id}?revision=0`, /revision: unknown field/],
    ['its history', (id: string) => `/api/cases/${id}/history?limit=1`, /limit: unknown field/],
    ['the organisation', () => '/api/organisation?grid=grid-ryy-1', /grid: unknown field/],
    ['a live stream', () => '/api/live?since=1/1', /since: unknown field/],
  ])('refuses a query parameter %s does not take', async (_name, path, detail) => {
    const response = await leader.get(path(caseId));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body['detail']).toMatch(detail);
  });

  it('refuses a query parameter on a command, writing nothing', () =>
    refused(
      () => leader.post(`/api/cases/${caseId}/assign?dryRun=true`, { assigneeId: 'p-worker' }),
      400,
      /dryRun: unknown field/,
    ));

  it('answers 404 for a case that does not exist', () =>
    refused(
      () =>
        leader.post('/api/cases/0b5c4e2e-6f1d-4c7a-9e3b-2d8f6a1c9e40/assign', {
          assigneeId: 'p-worker',
        }),
      404,
      /No case 0b5c4e2e-6f1d-4c7a-9e3b-2d8f6a1c9e40/,
    ));

  it('refuses a command the case state does not allow', () =>
    refused(() => worker.post(`/api/cases/${caseId}/accept`, {}), 409, /./));

  it('refuses a command out of the person’s scope', async () => {
    const other = await api.as('otherLeader');
    await refused(
      () => other.post(`/api/cases/${caseId}/assign`, { assigneeId: 'p-other-worker' }),
      403,
      /./,
    );
  });

  it('refuses to log a case in another grid', () =>
    refused(() => worker.post('/api/cases/disputes', otherGridDispute), 403, /./));

  it('refuses a missing CSRF token', () =>
    refused(
      () => worker.post(`/api/cases/${caseId}/notes`, { text: '补充' }, { 'x-csrf-token': '' }),
      403,
      /CSRF/i,
    ));

  it('refuses a request without a session', () =>
    refused(
      () => api.call('POST', `/api/cases/${caseId}/notes`, { body: { text: '补充' } }),
      401,
      /sign in/i,
    ));

  it('refuses a malformed If-Match', () =>
    refused(
      () =>
        worker.post(`/api/cases/${caseId}/notes`, { text: '补充' }, { 'If-Match': 'yesterday' }),
      400,
      /If-Match/,
    ));

  it.each([
    ['/api/cases/disputes', disputeBody],
    ['/api/cases/issues', issueBody],
  ])('refuses If-Match on %s: a new case has no revision to match', (path, body) =>
    refused(() => worker.post(path, body, { 'If-Match': '"0"' }), 400, /If-Match/),
  );

  it('refuses an occurred-at time without its offset', () =>
    refused(
      () =>
        worker.post(
          `/api/cases/${caseId}/notes`,
          { text: '补充' },
          { 'X-Occurred-At': '2026-06-01T08:00:00' },
        ),
      400,
      /X-Occurred-At/,
    ));

  it('refuses an occurred-at time in the future', () =>
    refused(
      () =>
        worker.post(
          `/api/cases/${caseId}/notes`,
          { text: '补充' },
          { 'X-Occurred-At': '2099-01-01T00:00:00Z' },
        ),
      400,
      /X-Occurred-At/,
    ));
});
