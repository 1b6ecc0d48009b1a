import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/apiServer.ts';
import { caseAfter, ladder } from './support/caseSetup.ts';
import type { Username } from './support/testDistrict.ts';

interface Patch {
  grid: { gridId: string; streetId: string };
  buildings: {
    buildingId: string;
    lastVisit: { inspectionId: string } | null;
    notVisitedFor7Days: boolean;
    notVisitedFor30Days: boolean;
  }[];
  openCases: { items: { caseId: string; status: string }[]; nextCursor: string | null };
  recentInspections: { items: { inspectionId: string }[]; nextCursor: string | null };
  welfareChecks: { items: { resident: string; status: string }[]; nextCursor: string | null };
  workerActivity: { inspectorId: string; weeks: { inspections: number }[] }[];
}

// "My patch" through the API: one call for the grid's buildings, open cases, patrols,
// welfare checks and activity, scoped to the reader, with the lists paged onwards.

const patrol = (n: number) => ({
  inspectionId: `insp-patch-${n}`,
  gridId: 'grid-ryy-1',
  inspectorId: 'p-worker',
  startedAt: '2026-06-01T08:00:00+08:00',
  endedAt: '2026-06-01T08:40:00+08:00',
  buildingsVisited: [{ buildingId: 'bld-ryy-3', householdsVisited: 6 }],
  welfareChecks: [{ buildingId: 'bld-ryy-3', residentName: '周大爷', status: 'no_response' }],
  findings: [],
});

describe('GET /api/grids/:gridId/patch, a grid’s patch', () => {
  let api: ApiServer;
  let open: string[];
  let resolved: string;
  beforeAll(async () => {
    api = await startApiServer();
    open = [
      await caseAfter(api.services, api.now(), ladder.logged),
      await caseAfter(api.services, api.now(), ladder.accepted),
    ];
    resolved = await caseAfter(api.services, api.now(), ladder.resolvedAtGrid);
    const worker = await api.as('worker');
    for (const n of [1, 2, 3]) {
      // A minute apart, so "newest first" has an order to show.
      api.advance(60_000);
      expect((await worker.post('/api/inspections', patrol(n))).status).toBe(201);
    }
    await api.readModels.waitFor((await api.readModels.refreshHead(), api.readModels.head())!);
  });
  afterAll(() => api.close());

  const get = async (username: Username, path: string) => {
    const response = await (await api.as(username)).get(path);
    return { ...response, patch: response.body as unknown as Patch };
  };

  it('gives the grid’s leader the whole patch in one call', async () => {
    const { status, patch } = await get('leader', '/api/grids/grid-ryy-1/patch');
    expect(status).toBe(200);
    expect(patch.grid).toMatchObject({ gridId: 'grid-ryy-1', streetId: 'street-ruiling' });
    expect(patch.buildings).toEqual([
      expect.objectContaining({
        buildingId: 'bld-ryy-3',
        lastVisit: expect.objectContaining({ inspectionId: 'insp-patch-3' }),
        notVisitedFor7Days: false,
      }),
    ]);
    expect(patch.openCases.items.map((item) => item.caseId).sort()).toEqual([...open].sort());
    expect(patch.openCases.items.map((item) => item.caseId)).not.toContain(resolved);
    expect(patch.recentInspections.items.map((item) => item.inspectionId)).toEqual([
      'insp-patch-3',
      'insp-patch-2',
      'insp-patch-1',
    ]);
    expect(patch.workerActivity).toEqual([
      {
        inspectorId: 'p-worker',
        weeks: expect.arrayContaining([expect.objectContaining({ inspections: 3 })]),
      },
    ]);
  });

  it('masks residents’ names in welfare checks: the clear name is not in the answer', async () => {
    const { body, patch } = await get('leader', '/api/grids/grid-ryy-1/patch');
    expect(patch.welfareChecks.items[0]).toMatchObject({ resident: '周**', status: 'no_response' });
    expect(JSON.stringify(body)).not.toContain('周大爷');
  });

  it('flags a building not visited for 7 days, and for 30, as time passes', async () => {
    api.advance(8 * 86_400_000);
    try {
      const [building] = (await get('leader', '/api/grids/grid-ryy-1/patch')).patch.buildings;
      expect(building).toMatchObject({ notVisitedFor7Days: true, notVisitedFor30Days: false });
      api.advance(30 * 86_400_000);
      const [later] = (await get('leader', '/api/grids/grid-ryy-1/patch')).patch.buildings;
      expect(later).toMatchObject({ notVisitedFor7Days: true, notVisitedFor30Days: true });
    } finally {
      api.advance(-38 * 86_400_000);
    }
  });

  it.each([
    ['community staff of its community', 'community', 200],
    ['the supervisor of its street', 'supervisor', 200],
    ['an auditor', 'auditor', 200],
    ['another grid’s leader', 'otherLeader', 403],
    ['another street’s supervisor', 'otherSupervisor', 403],
    ['a department liaison, who holds no grid', 'liaison', 403],
  ] as const)('answers %s with %i', async (_who, username, expected) => {
    const response = await get(username, '/api/grids/grid-ryy-1/patch');
    expect(response.status).toBe(expected);
    if (expected === 403) expect(response.body['detail']).toMatch(/not in your scope/);
  });

  it('pages patrols and open cases onwards from the patch’s first pages', async () => {
    const { patch } = await get('leader', '/api/grids/grid-ryy-1/patch?limit=1');
    const next = await get(
      'leader',
      `/api/grids/grid-ryy-1/inspections?limit=5&cursor=${patch.recentInspections.nextCursor}`,
    );
    expect((next.body['items'] as { inspectionId: string }[]).map((i) => i.inspectionId)).toEqual([
      'insp-patch-2',
      'insp-patch-1',
    ]);
    const moreCases = await get(
      'leader',
      `/api/cases?grid=grid-ryy-1&open=true&cursor=${patch.openCases.nextCursor}`,
    );
    const rest = (moreCases.body['items'] as { caseId: string }[]).map((item) => item.caseId);
    expect([patch.openCases.items[0]!.caseId, ...rest].sort()).toEqual([...open].sort());
  });

  it('lists welfare checks filtered by status', async () => {
    const none = await get('leader', '/api/grids/grid-ryy-1/welfare-checks?status=well');
    expect(none.body['items']).toEqual([]);
    const some = await get('leader', '/api/grids/grid-ryy-1/welfare-checks?status=no_response');
    expect(some.body['items']).toHaveLength(3);
  });

  it('shows a patrol just recorded to a read that names its position', async () => {
    api.advance(60_000);
    const recorded = await (await api.as('worker')).post('/api/inspections', patrol(4));
    const { patch } = await get(
      'worker',
      `/api/grids/grid-ryy-1/patch?after=${recorded.body['position'] as string}`,
    );
    expect(patch.recentInspections.items[0]?.inspectionId).toBe('insp-patch-4');
  });

  it.each([
    ['an unknown grid', '/api/grids/grid-nowhere/patch', 404, /No grid grid-nowhere/],
    ['a grid id that is not one', '/api/grids/a.b/patch', 400, /gridId/],
    [
      'an unknown parameter',
      '/api/grids/grid-ryy-1/patch?colour=red',
      400,
      /colour: unknown field/,
    ],
    [
      'an unknown filter',
      '/api/grids/grid-ryy-1/inspections?colour=red',
      400,
      /unknown parameter colour/,
    ],
    [
      'a malformed cursor',
      '/api/grids/grid-ryy-1/welfare-checks?cursor=nope',
      400,
      /cursor: not a cursor/,
    ],
    [
      'a position past the end',
      '/api/grids/grid-ryy-1/patch?after=999999/999999',
      400,
      /past the end of the log/,
    ],
    [
      'a status that does not exist',
      '/api/grids/grid-ryy-1/welfare-checks?status=fine',
      400,
      /status/,
    ],
    ['too many weeks', '/api/grids/grid-ryy-1/patch?weeks=1000', 400, /weeks/],
    [
      'weeks in hexadecimal',
      '/api/grids/grid-ryy-1/patch?weeks=0x4',
      400,
      /weeks: must be a whole/,
    ],
    [
      'a grid not in scope',
      '/api/grids/grid-hp-1/inspections',
      403,
      /not in your scope \(grid grid-ryy-1\)/,
    ],
  ])('refuses %s with a precise problem', async (_name, path, status, detail) => {
    const response = await get('leader', path);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.body['detail']).toMatch(detail);
  });
});
