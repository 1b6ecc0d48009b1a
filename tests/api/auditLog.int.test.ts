import Database from 'better-sqlite3';
import { join } from 'node:path';
import { auditLogProjection } from '@gridline/projections';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor, listQueryOf } from '@gridline/backend/http/listRequest.ts';
import { startApiServer, type ApiServer } from './support/apiServer.ts';
import { disputeBody } from './support/payloads.ts';
import type { Username } from './support/testDistrict.ts';

interface Entry {
  position: string;
  stream: string;
  revision: string;
  type: string;
  data: Record<string, unknown>;
  metadata: { actor: { personId: string }; recordedAt: string };
}

const commit = (position: string) => Number(position.split('/')[0]);

// The auditors' browse of the whole log through the API: who may, filters, pages both
// ways, personal data masked, and a precise 400 for each kind of bad input.

describe('GET /api/audit/events, the auditors’ browse of the log', () => {
  let api: ApiServer;
  let caseId: string;
  let lastPosition: string;
  beforeAll(async () => {
    api = await startApiServer();
    const opened = await (await api.as('worker')).post('/api/cases/disputes', disputeBody);
    caseId = opened.body['id'] as string;
    await (await api.as('leader')).post(`/api/cases/${caseId}/assign`, { assigneeId: 'p-worker' });
    const revealed = await (
      await api.as('leader')
    ).post(`/api/cases/${caseId}/personal-data-reveals`, {
      fields: ['parties[].phone'],
      reason: '需电话联系当事人。',
    });
    lastPosition = revealed.body['position'] as string;
  });
  afterAll(() => api.close());

  const browse = async (query = '', username: Username = 'auditor') => {
    const response = await (await api.as(username)).get(`/api/audit/events${query}`);
    return { ...response, items: (response.body['items'] ?? []) as Entry[] };
  };
  const all = (query: string) => browse(`?after=${lastPosition}&limit=500${query}`);

  it.each(['auditor', 'admin'] as const)(
    'lets the %s read every event in log order',
    async (who) => {
      const { status, items } = await browse(`?after=${lastPosition}&limit=500`, who);
      expect(status).toBe(200);
      expect(items.at(-1)!.position).toBe(lastPosition);
      const commits = items.map((item) => commit(item.position));
      expect(commits).toEqual([...commits].sort((a, b) => a - b));
      expect(new Set(items.map((item) => item.stream.split('-')[0]))).toEqual(
        new Set(['org', 'case', 'access']),
      );
    },
  );

  it.each(['worker', 'leader', 'community', 'supervisor', 'liaison'] as const)(
    'refuses a %s with 403',
    async (who) => {
      const response = await browse('', who);
      expect(response.status).toBe(403);
      expect(response.body['detail']).toMatch(/Only auditors and admins/);
    },
  );

  it("shows residents' personal data masked", async () => {
    const { items, body } = await all(`&type=DisputeLogged`);
    expect(items).toHaveLength(1);
    expect((items[0]!.data['parties'] as { phone?: string }[])[0]!.phone).toBe('138****8000');
    expect(JSON.stringify(body)).not.toMatch(/13800138000|赵敏/);
  });

  it('filters by type, actor, stream and stream prefix', async () => {
    const assigned = await all('&type=CaseAssigned');
    expect(assigned.items.map((item) => item.stream)).toEqual([`case-${caseId}`]);
    const byLeader = await all('&actor=p-leader');
    expect(byLeader.items.map((item) => item.type)).toEqual([
      'CaseAssigned',
      'PersonalDataRevealed',
    ]);
    const stream = await all(`&stream=case-${caseId}`);
    expect(stream.items.map((item) => item.revision)).toEqual(['0', '1']);
    const access = await all('&streamPrefix=access-');
    expect(access.items.map((item) => item.stream)).toEqual(['access-p-leader']);
    const orgs = await all('&streamPrefix=org-street');
    expect(orgs.items.map((item) => item.type)).toEqual(['StreetEstablished', 'StreetEstablished']);
  });

  it('filters by when the events were recorded, from included, to excluded', async () => {
    // The district was set up a month before the test's day; the case happens on it.
    const today = await all(`&recordedFrom=${encodeURIComponent('2026-06-01T00:00:00+08:00')}`);
    expect(today.items.map((item) => item.type)).toEqual([
      'DisputeLogged',
      'CaseAssigned',
      'PersonalDataRevealed',
    ]);
    const before = await all(
      `&recordedTo=${encodeURIComponent(today.items[0]!.metadata.recordedAt)}`,
    );
    expect(before.items.every((item) => item.stream.startsWith('org-'))).toBe(true);
    expect(before.items.length + today.items.length).toBe((await all('')).items.length);
  });

  it('pages by position both ways, every event once, and starts at a position asked for', async () => {
    const every = (await all('')).items.map((item) => item.position);
    const walk = async (sort: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await browse(`?limit=7&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.items.map((item) => item.position));
        cursor = page.body['nextCursor'] as string | null;
      } while (cursor);
      return seen;
    };
    expect(await walk('position')).toEqual(every);
    expect(await walk('-position')).toEqual(every.toReversed());
    const from = every[every.length - 3]!;
    expect((await browse(`?fromPosition=${from}`)).items.map((item) => item.position)).toEqual(
      every.slice(-3),
    );
  });

  it('refuses a cursor given out for the other direction or other filters', async () => {
    const first = await browse(`?fromPosition=1/1&limit=2&after=${lastPosition}`);
    const cursor = first.body['nextCursor'] as string;
    for (const query of ['?sort=-position', '?type=CaseAssigned', `?streamPrefix=case-`]) {
      const response = await browse(`${query}&cursor=${cursor}`);
      expect(response.status).toBe(400);
      expect(response.body['detail']).toMatch(/^cursor: given out for another sort or filters/);
    }
    // The start applies to the first page only: the next ones go on from the cursor.
    const next = await browse(`?limit=2&cursor=${cursor}`);
    expect(next.items.map((item) => item.position)).toEqual(['3/3', '4/4']);
  });

  // As this server gives cursors out, for the list in log order with no filters.
  const cursorOf = (value: string) =>
    encodeCursor({ value, key: 'x' }, listQueryOf({ column: 'position', direction: 'asc' }, {}));
  const descendingCursorOf = (value: string) =>
    encodeCursor({ value, key: 'x' }, listQueryOf({ column: 'position', direction: 'desc' }, {}));

  it.each([
    ['an unknown filter', '?colour=red', /unknown parameter colour/],
    ['an unknown event type', '?type=CaseVanished', /type/],
    ['a malformed cursor', '?cursor=not-a-cursor', /cursor: not a cursor this server gave out/],
    ['a cursor of another list', `?cursor=${cursorOf('2026-06-01')}`, /cursor: not a cursor/],
    ['a start past the end of the log', '?fromPosition=999999/999999', /past the end of the log/],
    ['a wait past the end of the log', '?after=999999/999999', /past the end of the log/],
    ['a start that is not a position', '?fromPosition=12', /fromPosition: must be a log position/],
    // Its first half within the log, its second past SQLite's integers: that was a 500.
    [
      'a start past every integer',
      '?fromPosition=1/99999999999999999999999',
      /fromPosition: 1\/99999999999999999999999 is not a position of this log/,
    ],
    [
      'a cursor past every integer in its second half',
      `?cursor=${cursorOf('1/99999999999999999999999')}`,
      /cursor: not a cursor this server gave out/,
    ],
    ['a time that is not one', '?recordedFrom=yesterday', /recordedFrom/],
    [
      'a time range the wrong way round',
      '?recordedFrom=2026-06-02T00:00:00Z&recordedTo=2026-06-01T00:00:00Z',
      /recordedTo: must come after recordedFrom/,
    ],
    ['both a cursor and a start', `?fromPosition=1/1&cursor=${cursorOf('1/1')}`, /give one/],
    // A cursor names the last event shown, so it never lies past the log's end (nor past
    // what SQLite's integers hold: that was a 500).
    ['a cursor past the end of the log', `?cursor=${cursorOf('999999/999999')}`, /cursor: not/],
    [
      'a cursor past every integer',
      `?sort=-position&cursor=${descendingCursorOf('99999999999999999999999/1')}`,
      /cursor: not a cursor this server gave out/,
    ],
    ['an unknown sort', '?sort=time', /sort: "time" is not one of position/],
  ])('refuses %s with a precise 400', async (_name, query, detail) => {
    const response = await browse(query);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.body['detail']).toMatch(detail);
  });

  it('says the audit log is out of step with the log, rather than show another event’s data', async () => {
    const file = join(
      api.dataDir,
      'readmodels',
      `audit_log.v${auditLogProjection.version}.g1.sqlite`,
    );
    const db = new Database(file);
    const where = 'WHERE commit_position = ?';
    const { event_id: eventId } = db
      .prepare(`SELECT event_id FROM audit_log ${where}`)
      .get(commit(lastPosition)) as { event_id: string };
    db.prepare(`UPDATE audit_log SET event_id = 'not-this-one' ${where}`).run(commit(lastPosition));
    try {
      const response = await browse(`?fromPosition=${lastPosition}`);
      expect(response.status).toBe(500);
      expect(response.body['title']).toBe('Audit log out of step with the log');
      expect(response.body['detail']).toMatch(/holds no event not-this-one/);
    } finally {
      db.prepare(`UPDATE audit_log SET event_id = ? ${where}`).run(eventId, commit(lastPosition));
      db.close();
    }
    expect((await browse(`?fromPosition=${lastPosition}`)).status).toBe(200);
  });
});
