import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/apiServer.ts';
import { caseAfter, ladder } from './support/caseSetup.ts';

interface Step {
  position: string;
  revision: string;
  type: string;
  data: Record<string, unknown>;
  state: Record<string, unknown>;
}

// Case replay through the API: the state after each event, folded from the event store.

describe('GET /api/cases/:caseId/replay', () => {
  let api: ApiServer;
  let caseId: string;
  beforeAll(async () => {
    api = await startApiServer();
    caseId = await caseAfter(api.services, api.now(), ladder.resolvedAtGrid);
  });
  afterAll(() => api.close());

  const replay = async (query = '', username: 'leader' | 'otherLeader' | 'auditor' = 'leader') => {
    const response = await (await api.as(username)).get(`/api/cases/${caseId}/replay${query}`);
    return { ...response, steps: (response.body['steps'] ?? []) as Step[] };
  };

  it('shows each event with the state right after it, ending in the state the case has now', async () => {
    const { status, steps, headers } = await replay();
    expect(status).toBe(200);
    expect(steps.map((step) => [step.revision, step.type, step.state['status']])).toEqual([
      ['0', 'DisputeLogged', 'awaiting_dispatch'],
      ['1', 'CaseAssigned', 'assigned'],
      ['2', 'CaseAccepted', 'in_progress'],
      ['3', 'CaseResolved', 'resolved'],
    ]);
    const now = await (await api.as('leader')).get(`/api/cases/${caseId}`);
    expect(steps.at(-1)!.state).toEqual(now.body['state']);
    expect(headers.get('etag')).toBe('"3"');
  });

  it("masks residents' personal data in the events", async () => {
    const { steps, body } = await replay();
    expect((steps[0]!.data['parties'] as { name: string }[]).map((party) => party.name)).toEqual([
      '赵*',
      '钱*',
    ]);
    expect(JSON.stringify(body)).not.toMatch(/13800138000|赵敏/);
  });

  it('gives the state at one revision when asked', async () => {
    const { steps, body } = await replay('?revision=1');
    expect(body['revision']).toBe('3');
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ revision: '1', type: 'CaseAssigned' });
    expect(steps[0]!.state['assignment']).toEqual({
      assigneeId: 'p-worker',
      dispatcherId: 'p-leader',
    });
  });

  // `01` passed as a revision and matched no step's "1": an empty replay, not a refusal.
  it('reads a revision written with leading zeros as the number it is', async () => {
    const { status, steps } = await replay('?revision=001');
    expect(status).toBe(200);
    expect(steps.map((step) => [step.revision, step.type])).toEqual([['1', 'CaseAssigned']]);
  });

  it('is for whoever may read the case: auditors yes, another grid no', async () => {
    expect((await replay('', 'auditor')).status).toBe(200);
    expect((await replay('', 'otherLeader')).status).toBe(403);
    // Out of scope, a bad revision is refused as the case is: nothing about its length leaks.
    expect((await replay('?revision=99', 'otherLeader')).status).toBe(403);
  });

  it('answers 404 for a case that does not exist', async () => {
    const response = await (
      await api.as('auditor')
    ).get('/api/cases/0b5c4e2e-6f1d-4c7a-9e3b-2d8f6a1c9e40/replay');
    expect(response.status).toBe(404);
  });

  it.each([
    [
      'a revision past the case’s last',
      '?revision=4',
      /revision: .* has revisions 0 to 3; 4 is past its end/,
    ],
    ['a revision that is not a number', '?revision=latest', /revision: must be a revision/],
    ['a negative revision', '?revision=-1', /revision: must be a revision/],
    ['an unknown parameter', '?at=2026-06-01', /at: unknown field/],
  ])('refuses %s with a precise 400', async (_name, query, detail) => {
    const response = await replay(query);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.body['detail']).toMatch(detail);
  });

  it('refuses a case id that is not a UUID with 400', async () => {
    const response = await (await api.as('auditor')).get('/api/cases/overdue/replay');
    expect(response.status).toBe(400);
    expect(response.body['detail']).toMatch(/caseId/);
  });
});
