import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/apiServer.ts';
import { uuidFrom } from '@gridline/backend/application/eventIds.ts';
import { issueBody, meetingBody } from './support/payloads.ts';

// 书记下午茶 and the reception desk: matters raised with community staff start at the
// community, their deadline already running.

describe('When community staff take up matters residents raised', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer();
  });
  afterAll(() => api.close());

  it('opens an issue raised at a resident meeting at the community, with a deadline running', async () => {
    const community = await api.as('community');
    const opened = await community.post('/api/cases/issues', { ...issueBody, source: 'meeting' });
    expect(opened.status).toBe(201);
    const viewed = await community.get(`/api/cases/${opened.body['id'] as string}`);
    expect(viewed.body['state']).toMatchObject({
      status: 'awaiting_dispatch',
      level: 'community',
      openedAtLevel: 'community',
      // High risk at the community: four working days from Monday 1 June.
      deadline: { level: 'community', due: '2026-06-05T15:59:59.999Z' },
    });
  });

  it('records a meeting whose every matter opens a case at the community, caused by it', async () => {
    const community = await api.as('community');
    const recorded = await community.post('/api/meetings', meetingBody('a'));
    expect(recorded.status).toBe(201);
    const [caseId] = recorded.body['openedCaseIds'] as string[];
    const history = await (await api.as('auditor')).get(`/api/cases/${caseId!}/history`);
    const [opening] = history.body['events'] as {
      type: string;
      data: Record<string, unknown>;
      metadata: { causationId: string; actor: { personId: string } };
    }[];
    expect(opening).toMatchObject({
      type: 'IssueReported',
      data: { source: 'meeting', level: 'community', category: 'environment' },
      metadata: { actor: { personId: 'p-community' } },
    });
    expect(opening!.data['deadline']).toEqual(expect.any(String));
    const meeting = await api.store.readStream('meeting-mtg-a');
    expect(opening!.metadata.causationId).toBe(meeting[0]!.id);
    expect(meeting[0]!.data).toMatchObject({
      hostId: 'p-community',
      streetId: 'street-ruiling',
      matters: [{ matterId: 'm-1', caseId }],
    });
  });

  it('answers a retry of the same meeting with the same cases, writing nothing new', async () => {
    const community = await api.as('community');
    const first = await community.post('/api/meetings', meetingBody('b'));
    const before = await api.lastPosition();
    const again = await community.post('/api/meetings', meetingBody('b'));
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body['openedCaseIds']).toEqual(first.body['openedCaseIds']);
    expect(await api.lastPosition()).toBe(before);
  });

  it('refuses a matter in a grid outside the community, naming it, and writes nothing', async () => {
    const before = await api.lastPosition();
    const body = meetingBody('c');
    const outside = { ...body, matters: [{ ...body.matters[0]!, gridId: 'grid-hp-1' }] };
    const refused = await (await api.as('community')).post('/api/meetings', outside);
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(refused.body['detail']).toMatch(/matters\.0\.gridId: no grid "grid-hp-1"/);
    expect(await api.lastPosition()).toBe(before);
  });

  it('refuses staff of another community, and writes nothing', async () => {
    const before = await api.lastPosition();
    const refused = await (await api.as('otherCommunity')).post('/api/meetings', meetingBody('d'));
    expect(refused.status).toBe(403);
    expect(await api.lastPosition()).toBe(before);
  });

  it('refuses two matters under one matterId', async () => {
    const body = meetingBody('e');
    const twice = { ...body, matters: [body.matters[0]!, body.matters[0]!] };
    const refused = await (await api.as('community')).post('/api/meetings', twice);
    expect(refused.status).toBe(400);
    expect(refused.body['detail']).toMatch(/matterId/);
  });

  it('refuses recording a meeting id that is taken: 403 to another community, 409 to its own', async () => {
    await (await api.as('community')).post('/api/meetings', meetingBody('f'));
    const before = await api.lastPosition();
    // Staff of another community are refused on their role before the taken id is looked at.
    const outsider = await (await api.as('otherCommunity')).post('/api/meetings', meetingBody('f'));
    expect(outsider.status).toBe(403);
    const colleague = await (await api.as('community2')).post('/api/meetings', meetingBody('f'));
    expect(colleague.status).toBe(409);
    expect(colleague.body['detail']).toMatch(/The meeting "mtg-f" is already recorded/);
    expect(await api.lastPosition()).toBe(before);
  });

  it('refuses a meeting held more than a year ago', async () => {
    const refused = await (
      await api.as('community')
    ).post('/api/meetings', {
      ...meetingBody('g'),
      heldAt: '2001-11-29T15:00:00+08:00',
    });
    expect(refused.status).toBe(400);
    expect(refused.body['detail']).toMatch(/heldAt: a meeting is recorded within a year/);
  });

  it('refuses a matter whose case id is already taken, writing no meeting', async () => {
    const taken = uuidFrom('meeting-case\nmtg-h\nm-1');
    const patrol = await (
      await api.as('worker')
    ).post('/api/inspections', {
      inspectionId: 'insp-taking',
      gridId: 'grid-ryy-1',
      inspectorId: 'p-worker',
      startedAt: '2026-06-01T08:00:00+08:00',
      endedAt: '2026-06-01T08:40:00+08:00',
      buildingsVisited: [],
      welfareChecks: [],
      findings: [
        {
          findingId: 'f-1',
          category: 'hazard',
          title: '井盖松动',
          caseId: taken,
          riskLevel: 'low',
        },
      ],
    });
    expect(patrol.status).toBe(201);
    const before = await api.lastPosition();
    const refused = await (await api.as('community')).post('/api/meetings', meetingBody('h'));
    expect(refused.status).toBe(409);
    expect(refused.body['detail']).toMatch(/matters\.0: case .* already exists/);
    expect(await api.lastPosition()).toBe(before);
  });
});
