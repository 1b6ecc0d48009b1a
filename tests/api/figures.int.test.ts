import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/apiServer.ts';
import { caseAfter, ladder } from './support/caseSetup.ts';
import { meetingBody, otherGridDispute } from './support/payloads.ts';
import type { Username } from './support/testDistrict.ts';

type Body = Record<string, unknown>;
const figuresOf = (body: Body) => body['figures'] as Record<string, Record<string, unknown>>;

// The figures through the API: each reader's scope, the meetings' tally with
// source=meeting, weeks, the ranking, and the auditor's recomputation from the log
// agreeing with the read model at the position the read model answered with.

describe('GET /api/figures and the ranking', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer();
    await caseAfter(api.services, api.now(), ladder.resolvedAtGrid);
    await caseAfter(api.services, api.now(), ladder.atCommunity);
    await caseAfter(api.services, api.now(), ladder.summoned);
    await (await api.as('otherWorker')).post('/api/cases/disputes', otherGridDispute);
    const meeting = await (await api.as('community')).post('/api/meetings', meetingBody('fig'));
    expect(meeting.status).toBe(201);
    await api.readModels.waitFor((await api.readModels.refreshHead(), api.readModels.head())!);
  });
  afterAll(() => api.close());

  const read = async (username: Username, query = '', path = '/api/figures') =>
    (await api.as(username)).get(`${path}${query}`);

  it('gives a grid leader the figures of their grid over the last 30 days', async () => {
    const { status, body } = await read('leader');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      scope: { kind: 'grid', id: 'grid-ryy-1' },
      from: '2026-05-03',
      to: '2026-06-01',
      source: null,
    });
    const figures = figuresOf(body);
    expect(figures['resolutionRate']).toEqual({ opened: 4, resolved: 1, withdrawn: 0, rate: 0.25 });
    expect(figures['communityRetentionRate']).toEqual({ resolved: 1, withinCommunity: 1, rate: 1 });
    // Three disputes opened at the grid, two escalated; the meeting's matter opened at the community.
    expect(figures['escalationFunnel']).toEqual({
      grid: 3,
      community: 3,
      street: 0,
      department: 0,
    });
    expect(figures['inspectionCoverage']!['last7Days']).toMatchObject({
      buildings: 1,
      buildingsVisited: 0,
    });
  });

  it('gives the other grid’s leader theirs, and auditors the district', async () => {
    const other = figuresOf((await read('otherLeader')).body);
    expect(other['resolutionRate']).toMatchObject({ opened: 1 });
    const district = figuresOf((await read('auditor')).body);
    expect(district['resolutionRate']).toMatchObject({ opened: 5 });
  });

  it('gives the residents’ meeting tally, and the meeting cases’ figures, with source=meeting', async () => {
    const { body } = await read(
      'community',
      '?source=meeting&figures=residentMeetings,resolutionRate',
    );
    expect(body['source']).toBe('meeting');
    expect(figuresOf(body)).toEqual({
      residentMeetings: { meetings: 1, mattersCollected: 1, mattersResolved: 0, rate: 0 },
      resolutionRate: { opened: 1, resolved: 0, withdrawn: 0, rate: 0 },
    });
  });

  it('lets staff read the places inside their own, and nothing beside it', async () => {
    expect((await read('community', '?scope=grid:grid-ryy-2')).status).toBe(200);
    expect((await read('supervisor', '?scope=community:comm-ruiling')).status).toBe(200);
  });

  it('shows a department liaison how their own department answered, and nothing else', async () => {
    const own = figuresOf((await read('liaison')).body);
    expect(own).toEqual({
      departmentResponse: {
        summoned: 1,
        onTime: 0,
        withdrawn: 0,
        rate: 0,
        byDepartment: [
          { departmentId: 'dept-police-ruiling', summoned: 1, onTime: 0, withdrawn: 0, rate: 0 },
        ],
      },
    });
    const other = figuresOf((await read('otherLiaison')).body);
    expect(other['departmentResponse']).toMatchObject({ summoned: 0, byDepartment: [] });
  });

  it('cuts the window at each Monday with granularity=week', async () => {
    const { body } = await read(
      'leader',
      '?from=2026-05-27&to=2026-06-09&granularity=week&figures=resolutionRate',
    );
    const weeks = body['weeks'] as { from: string; to: string; figures: Body }[];
    expect(weeks.map(({ from, to }) => [from, to])).toEqual([
      ['2026-05-27', '2026-05-31'],
      ['2026-06-01', '2026-06-07'],
      ['2026-06-08', '2026-06-09'],
    ]);
    expect(weeks.map((week) => (week.figures['resolutionRate'] as Body)['opened'])).toEqual([
      0, 4, 0,
    ]);
  });

  it('ranks the communities of the reader’s street; auditors see the district', async () => {
    const ranking = async (username: Username, query = '') =>
      (await read(username, query, '/api/figures/ranking')).body;
    const street = await ranking('leader', '?month=2026-06');
    expect(street['scope']).toEqual({ kind: 'street', id: 'street-ruiling' });
    const communities = street['communities'] as { communityId: string; rank: number | null }[];
    expect(communities.map((c) => [c.communityId, c.rank])).toEqual([
      ['comm-ruiyiyuan', 1],
      ['comm-ruiling', null],
    ]);
    const district = await ranking('auditor', '?month=2026-06');
    expect((district['communities'] as unknown[]).length).toBe(3);
  });

  it('recomputes from the log the figures the read model gave, at the position it gave', async () => {
    for (const query of ['', '&source=meeting', '&scope=grid:grid-ryy-1&granularity=week']) {
      const shown = await read('auditor', `?from=2026-05-20&to=2026-06-10${query}`);
      const position = shown.body['position'] as string;
      const recomputed = await read(
        'auditor',
        `?from=2026-05-20&to=2026-06-10${query}&position=${position}`,
        '/api/audit/figures',
      );
      expect(recomputed.status).toBe(200);
      expect(recomputed.body).toEqual(shown.body);
    }
  });

  it('recomputes the figures as they stood at an earlier position', async () => {
    const before = await read('auditor', '?figures=resolutionRate');
    await (
      await api.as('worker')
    )
      .post('/api/cases/disputes', otherGridDispute)
      .catch(() => undefined);
    const opened = await (
      await api.as('otherWorker')
    ).post('/api/cases/disputes', otherGridDispute);
    const after = await read(
      'auditor',
      `?figures=resolutionRate&after=${opened.body['position'] as string}`,
    );
    expect(figuresOf(after.body)['resolutionRate']!['opened']).toBe(6);
    const then = await read(
      'auditor',
      `?figures=resolutionRate&position=${before.body['position'] as string}`,
      '/api/audit/figures',
    );
    expect(figuresOf(then.body)).toEqual(figuresOf(before.body));
  });
});
