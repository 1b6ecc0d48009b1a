import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/apiServer.ts';
import { caseAfter, ladder, type Step } from './support/caseSetup.ts';
import type { Username } from './support/testDistrict.ts';

interface Listed {
  caseId: string;
  departmentId: string;
  role: string;
  open: boolean;
  overdue: boolean;
  reportedOnTime: boolean | null;
}

// 吹哨报到 through the API: who was summoned, who has not reported, and each department's
// on-time response, scoped to the reader.

const police = 'dept-police-ruiling';
const judicial = 'dept-judicial-ruiling';
const hour = 3_600_000;

const urgentSummons: Step[] = [
  ...ladder.atCommunity,
  [
    'community',
    'SummonDepartments',
    {
      leadDepartmentId: police,
      assistingDepartmentIds: [judicial],
      urgent: true,
      request: '双方发生冲突，请到场。',
    },
  ],
];

describe('GET /api/summonses and /api/departments/response', () => {
  let api: ApiServer;
  let ordinary: string;
  let urgent: string;
  let withdrawn: string;
  beforeAll(async () => {
    api = await startApiServer();
    ordinary = await caseAfter(api.services, api.now(), ladder.summoned);
    urgent = await caseAfter(api.services, api.now(), urgentSummons);
    withdrawn = await caseAfter(api.services, api.now(), ladder.summoned);
    await (
      await api.as('community')
    ).post(`/api/cases/${withdrawn}/summons-withdrawals`, {
      summonsId: await summonsOf(withdrawn),
      reason: '已由社区自行协调。',
    });
    // Judicial reports within its 30 minutes; the police an hour late.
    await report('otherLiaison', urgent, judicial);
    api.advance(hour);
    await report('liaison', urgent, police);
    await api.readModels.waitFor((await api.readModels.refreshHead(), api.readModels.head())!);
  });
  afterAll(() => api.close());

  const summonsOf = async (caseId: string): Promise<string> => {
    const { body } = await (await api.as('admin')).get(`/api/cases/${caseId}`);
    const state = body['state'] as { summonses: { summonsId: string }[] };
    return state.summonses[0]!.summonsId;
  };
  const report = async (username: Username, caseId: string, departmentId: string) => {
    const response = await (
      await api.as(username)
    ).post(`/api/cases/${caseId}/department-reports`, {
      summonsId: await summonsOf(caseId),
      departmentId,
      response: '已到场处置。',
    });
    expect(response.status).toBe(200);
  };
  const list = async (username: Username, query = '') => {
    const response = await (await api.as(username)).get(`/api/summonses${query}`);
    return { ...response, items: (response.body['items'] ?? []) as Listed[] };
  };
  const rows = (items: Listed[]) =>
    items.map((item) => `${item.caseId} ${item.departmentId}`).sort();

  it('lists every department summoned, with its role, to a reader of the cases’ place', async () => {
    const { status, items } = await list('leader');
    expect(status).toBe(200);
    expect(rows(items)).toEqual(
      [
        `${ordinary} ${police}`,
        `${urgent} ${police}`,
        `${urgent} ${judicial}`,
        `${withdrawn} ${police}`,
      ].sort(),
    );
    expect(items.find((item) => item.departmentId === judicial)?.role).toBe('assisting');
    expect((await list('otherLeader')).items).toEqual([]);
  });

  it('shows a liaison their own department’s summonses only', async () => {
    expect(rows((await list('otherLiaison')).items)).toEqual([`${urgent} ${judicial}`]);
    expect(new Set((await list('liaison')).items.map((item) => item.departmentId))).toEqual(
      new Set([police]),
    );
  });

  it('shows who has not reported, and who of them is past the deadline', async () => {
    expect(rows((await list('auditor', '?open=true')).items)).toEqual([`${ordinary} ${police}`]);
    expect((await list('auditor', '?overdue=true')).items).toEqual([]);
    api.advance(10 * 24 * hour);
    try {
      expect(rows((await list('auditor', '?overdue=true')).items)).toEqual([
        `${ordinary} ${police}`,
      ]);
    } finally {
      api.advance(-10 * 24 * hour);
    }
  });

  it('filters by case and department, and says whether each report was on time', async () => {
    const { items } = await list('auditor', `?case=${urgent}`);
    const onTime = Object.fromEntries(
      items.map((item) => [item.departmentId, item.reportedOnTime]),
    );
    expect(onTime).toEqual({ [police]: false, [judicial]: true });
    expect(rows((await list('auditor', `?department=${judicial}`)).items)).toEqual([
      `${urgent} ${judicial}`,
    ]);
  });

  it('pages with a cursor, every summons once', async () => {
    const seen: Listed[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(
        'auditor',
        `?limit=1&sort=-summoned${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.items);
      cursor = page.body['nextCursor'] as string | null;
    } while (cursor);
    expect(rows(seen)).toEqual(rows((await list('auditor')).items));
    expect(seen).toHaveLength(4);
  });

  it('sums up each department’s on-time response, withdrawn summonses counted apart', async () => {
    const { status, body } = await (await api.as('supervisor')).get('/api/departments/response');
    expect(status).toBe(200);
    expect(body['departments']).toEqual([
      {
        departmentId: judicial,
        summoned: 1,
        withdrawn: 0,
        reportedOnTime: 1,
        reportedLate: 0,
        open: 0,
        overdue: 0,
        onTimeRate: 1,
      },
      {
        departmentId: police,
        summoned: 3,
        withdrawn: 1,
        reportedOnTime: 0,
        reportedLate: 1,
        open: 1,
        overdue: 0,
        onTimeRate: 0,
      },
    ]);
    const liaison = await (await api.as('liaison')).get('/api/departments/response');
    expect(
      (liaison.body['departments'] as { departmentId: string }[]).map((d) => d.departmentId),
    ).toEqual([police]);
    const elsewhere = await (await api.as('otherSupervisor')).get('/api/departments/response');
    expect(elsewhere.body['departments']).toEqual([]);
  });

  it('sums up only the summonses made in the window asked for', async () => {
    const future = new Date(api.now().getTime() + hour).toISOString();
    const { body } = await (
      await api.as('auditor')
    ).get(`/api/departments/response?from=${future}`);
    expect(body['departments']).toEqual([]);
  });

  it.each([
    ['/api/summonses?colour=red', 400, /unknown parameter colour/],
    ['/api/summonses?cursor=not-a-cursor', 400, /cursor: not a cursor this server gave out/],
    ['/api/summonses?after=999999/999999', 400, /past the end of the log/],
    ['/api/summonses?overdue=maybe', 400, /overdue/],
    // Any word passed as a case and matched none: an empty list, read as "never summoned".
    ['/api/summonses?case=overdue', 400, /case: must be a case id/],
    ['/api/summonses?sort=colour', 400, /sort: "colour" is not one of/],
    ['/api/departments/response?colour=red', 400, /colour: unknown field/],
    ['/api/departments/response?from=yesterday', 400, /from/],
    // A window the wrong way round was an empty answer, read as "no summonses".
    [
      '/api/departments/response?from=2026-06-02T00:00:00Z&to=2026-06-01T00:00:00Z',
      400,
      /to: must come after from/,
    ],
    [
      '/api/departments/response?from=2026-06-01T08:00:00%2B08:00&to=2026-06-01T00:00:00Z',
      400,
      /to: must come after from/,
    ],
    ['/api/departments/response?after=999999/999999', 400, /past the end of the log/],
    [`/api/summonses?department=${judicial}`, 403, /reads that department's summonses only/],
    [
      `/api/departments/response?department=${judicial}`,
      403,
      /reads that department's summonses only/,
    ],
  ])('refuses %s with %i and a precise problem', async (path, status, detail) => {
    const response = await (await api.as('liaison')).get(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.body['detail']).toMatch(detail);
  });
});
