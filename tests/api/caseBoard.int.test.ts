import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/apiServer.ts';
import { caseAfter, ladder } from './support/caseSetup.ts';
import { otherGridDispute } from './support/payloads.ts';

interface Listed {
  caseId: string;
  place: { gridId: string };
  status: string;
  level: string;
  overdue: boolean;
  deadline: string | null;
}

// The case board through the API: each reader sees their own scope, filters and pages are
// checked, and a read can wait for the command it follows.

describe('GET /api/cases, the case board', () => {
  let api: ApiServer;
  let mine: string[];
  let elsewhere: string;
  let summoned: string;
  beforeAll(async () => {
    api = await startApiServer();
    mine = [
      await caseAfter(api.services, api.now(), ladder.logged),
      await caseAfter(api.services, api.now(), ladder.accepted),
      await caseAfter(api.services, api.now(), ladder.resolvedAtGrid),
    ];
    summoned = await caseAfter(api.services, api.now(), ladder.summoned);
    const other = await (await api.as('otherWorker')).post('/api/cases/disputes', otherGridDispute);
    elsewhere = other.body['id'] as string;
    await api.readModels.waitFor((await api.readModels.refreshHead(), api.readModels.head())!);
  });
  afterAll(() => api.close());

  const list = async (username: Parameters<ApiServer['as']>[0], query = '') => {
    const response = await (await api.as(username)).get(`/api/cases${query}`);
    return { ...response, items: (response.body['items'] ?? []) as Listed[] };
  };

  it('shows a grid leader the cases of their grid only', async () => {
    const { status, items } = await list('leader');
    expect(status).toBe(200);
    expect(items.map((item) => item.caseId).sort()).toEqual([...mine, summoned].sort());
    expect(items.every((item) => item.place.gridId === 'grid-ryy-1')).toBe(true);
  });

  it('shows the other grid’s leader only theirs', async () => {
    const { items } = await list('otherLeader');
    expect(items.map((item) => item.caseId)).toEqual([elsewhere]);
  });

  it('shows auditors the whole district', async () => {
    const { items } = await list('auditor');
    expect(items).toHaveLength(5);
  });

  it('shows a department liaison the cases their department was summoned to', async () => {
    const { items } = await list('liaison');
    expect(items.map((item) => item.caseId)).toEqual([summoned]);
    expect((await list('otherLiaison')).items).toEqual([]);
  });

  // Naming a place outside one's scope answered an empty board, read as "no cases there".
  it.each([
    ['leader', '?grid=grid-hp-1', /grid grid-hp-1 is not within your scope \(grid grid-ryy-1\)/],
    ['leader', '?grid=grid-ryy-2', /grid grid-ryy-2 is not within/],
    ['leader', '?community=comm-ruiyiyuan', /community comm-ruiyiyuan is not within/],
    ['community', '?grid=grid-rl-1', /grid grid-rl-1 is not within/],
    ['community', '?street=street-ruiling', /street street-ruiling is not within/],
    ['supervisor', '?community=comm-heping', /community comm-heping is not within/],
    ['supervisor', '?grid=no-such-grid', /grid no-such-grid is not within/],
  ] as const)(
    'refuses %s a board filtered to a place outside their scope (%s)',
    async (who, query, detail) => {
      const response = await list(who, query);
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(response.body['detail']).toMatch(detail);
    },
  );

  it('refuses a liaison the board of another department, as their summonses are', async () => {
    const response = await list('liaison', '?department=dept-judicial-ruiling');
    expect(response.status).toBe(403);
    expect(response.body['detail']).toMatch(/reads the cases of that department only/);
    expect((await list('liaison', '?department=dept-police-ruiling')).items).toHaveLength(1);
  });

  it('filters by the places within a reader’s scope, and anywhere for auditors', async () => {
    expect((await list('leader', '?grid=grid-ryy-1')).items).toHaveLength(4);
    expect((await list('community', '?grid=grid-ryy-1')).items).toHaveLength(4);
    expect((await list('supervisor', '?community=comm-ruiyiyuan')).items).toHaveLength(4);
    expect((await list('auditor', '?street=street-heping')).items.map((c) => c.caseId)).toEqual([
      elsewhere,
    ]);
    expect((await list('auditor', '?grid=no-such-grid')).items).toEqual([]);
  });

  it('filters by status and level', async () => {
    const { items } = await list('auditor', '?status=resolved');
    expect(items.map((item) => item.caseId)).toEqual([mine[2]]);
    const atCommunity = await list('auditor', '?level=community');
    expect(atCommunity.items.map((item) => item.caseId)).toEqual([summoned]);
  });

  it('flags the open cases past their deadline, overdue first', async () => {
    api.advance(10 * 86_400_000);
    try {
      const { items } = await list('leader', '?overdue=true');
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((item) => item.overdue && item.status !== 'resolved')).toBe(true);
      const deadlines = items.map((item) => item.deadline!);
      expect(deadlines).toEqual([...deadlines].sort());
    } finally {
      api.advance(-10 * 86_400_000);
    }
  });

  it('pages with a cursor, every case once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await list('auditor', query);
      seen.push(...page.items.map((item) => item.caseId));
      cursor = page.body['nextCursor'] as string | null;
    } while (cursor);
    expect(seen.sort()).toEqual([...mine, summoned, elsewhere].sort());
  });

  // A cursor is where the last page ended in one order over one selection: reused with
  // another, it paged on from a place that means nothing there, silently.
  it('refuses a cursor given out for another sort or other filters', async () => {
    const cursor = (await list('auditor', '?limit=1&sort=opened')).body['nextCursor'] as string;
    for (const query of ['?sort=-opened', '?sort=deadline', '?sort=opened&status=resolved']) {
      const response = await list('auditor', `${query}&limit=1&cursor=${cursor}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(response.body['detail']).toMatch(/^cursor: given out for another sort or filters/);
    }
    const next = await list('auditor', `?sort=opened&limit=500&cursor=${cursor}`);
    expect(next.status).toBe(200);
    expect(next.items).toHaveLength(4);
  });

  it('answers a read that names the command’s position once the board has it', async () => {
    const worker = await api.as('worker');
    const opened = await worker.post('/api/cases/issues', {
      place: { streetId: 'street-ruiling', communityId: 'comm-ruiyiyuan', gridId: 'grid-ryy-1' },
      riskLevel: 'low',
      title: '路灯不亮',
      description: '3号楼前路灯不亮。',
      category: 'facility',
      source: 'resident',
    });
    const { items } = await list('worker', `?after=${opened.body['position'] as string}&q=路灯`);
    expect(items.map((item) => item.caseId)).toEqual([opened.body['id']]);
  });

  it.each([
    ['an unknown filter', '?colour=red', /unknown parameter colour/],
    ['a malformed cursor', '?cursor=not-a-cursor', /cursor: not a cursor this server gave out/],
    ['a position past the end of the log', '?after=999999/999999', /past the end of the log/],
    ['a position that is not one', '?after=yesterday', /after: must be a log position/],
    ['an unknown sort', '?sort=colour', /sort: "colour" is not one of/],
    ['a page too large', '?limit=100000', /limit/],
    // Number() read these as 16, 100 and 1: a client's mistake answered as if meant.
    ['a page size in hexadecimal', '?limit=0x10', /limit: must be a whole number/],
    ['a page size with an exponent', '?limit=1e2', /limit: must be a whole number/],
    ['a page size padded with spaces', '?limit=%201', /limit: must be a whole number/],
    ['hours with a fraction', '?dueWithinHours=1.5', /dueWithinHours: must be a whole number/],
    ['a level that does not exist', '?level=province', /level/],
    // SQLite's LIKE stops at a NUL: `q=%00` matched every title, a silent "everything".
    ['a search holding a NUL', '?q=%00', /q: must not hold control characters/],
    ['a search holding a NUL after words', '?q=abc%00', /q: must not hold control characters/],
  ])('refuses %s with a precise 400', async (_name, query, detail) => {
    const response = await list('leader', query);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.body['detail']).toMatch(detail);
  });
});
