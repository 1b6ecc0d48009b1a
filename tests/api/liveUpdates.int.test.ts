import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer, type Client } from './support/apiServer.ts';
import { openLiveStream, type LiveEvent, type LiveStream } from './support/liveStream.ts';
import { disputeBody, otherGridDispute } from './support/payloads.ts';
import type { Username } from './support/testDistrict.ts';

// GET /api/live over real HTTP: a command by one person arrives on the open streams of
// everyone who may read the case, and on no one else's; a stream resumes from its last
// event id. Every wait is for arrival, with a generous timeout; nothing is timed.

describe('Live updates', () => {
  let api: ApiServer;
  const clients = new Map<Username, Client>();
  const streams: LiveStream[] = [];
  const as = async (username: Username) => {
    if (!clients.has(username)) clients.set(username, await api.as(username));
    return clients.get(username)!;
  };
  /** An open stream, once the server says it is live. */
  const streamOf = async (username: Username, options = {}) => {
    const stream = await openLiveStream(api.base, (await as(username)).cookie, options);
    streams.push(stream);
    expect(stream.status).toBe(200);
    await stream.next((event) => event.event === 'ready');
    return stream;
  };
  const logDispute = async (username: Username, body: unknown = disputeBody) => {
    const response = await (await as(username)).post('/api/cases/disputes', body);
    expect(response.status).toBe(201);
    return {
      caseId: response.body['id'] as string,
      position: response.headers.get('x-event-position')!,
    };
  };
  const changeTo = (caseId: string) => (event: LiveEvent) =>
    event.event === 'change' && event.data['caseId'] === caseId;
  const changesIn = (stream: LiveStream) =>
    stream.events.filter((event) => event.event === 'change').map((event) => event.data['caseId']);

  beforeAll(async () => {
    api = await startApiServer(undefined, { liveHeartbeatMs: 100 });
  });
  afterEach(() => {
    for (const stream of streams.splice(0)) stream.close();
  });
  afterAll(() => api.close());

  it('streams text/event-stream, with the position live changes follow as the ready id', async () => {
    const stream = await streamOf('leader');
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.headers.get('cache-control')).toMatch(/no-cache/);
    const ready = stream.events.find((event) => event.event === 'ready')!;
    expect(ready.id).toBe(await api.lastPosition());
    expect(ready.data).toEqual({ position: ready.id });
  });

  it("brings a change by one person to everyone's open stream whose scope holds the case", async () => {
    const watching = await Promise.all(
      (['leader', 'community', 'supervisor', 'auditor', 'admin'] as const).map((who) =>
        streamOf(who),
      ),
    );
    const { caseId, position } = await logDispute('worker');
    for (const stream of watching) {
      const change = await stream.next(changeTo(caseId));
      expect(change).toEqual({
        id: position,
        event: 'change',
        data: {
          position,
          caseId,
          type: 'DisputeLogged',
          revision: '0',
          recordedAt: api.now().toISOString(),
        },
      });
    }
  });

  it('never brings a change to a stream outside the case’s scope', async () => {
    const outside = await Promise.all(
      (['otherWorker', 'otherLeader', 'otherCommunity', 'otherSupervisor', 'liaison'] as const).map(
        (who) => streamOf(who),
      ),
    );
    const inRuiyiyuan = await logDispute('worker');
    // Logged after it, in Heping: whoever gets this has been sent everything before it.
    const inHeping = await logDispute('otherWorker', otherGridDispute);
    for (const stream of outside.slice(0, 4)) await stream.next(changeTo(inHeping.caseId));
    for (const stream of outside) expect(changesIn(stream)).not.toContain(inRuiyiyuan.caseId);
  });

  it('brings a department the changes to a case once it is summoned to it, and no other department', async () => {
    const police = await streamOf('liaison');
    const judicial = await streamOf('otherLiaison');
    const { caseId } = await logDispute('worker');
    const leader = await as('leader');
    await leader.post(`/api/cases/${caseId}/escalate`, {
      toLevel: 'community',
      reason: 'beyond_authority',
    });
    const summons = await (
      await as('community')
    ).post(`/api/cases/${caseId}/summons`, {
      leadDepartmentId: 'dept-police-ruiling',
      urgent: false,
      request: '请派出所协助调查。',
    });
    expect(summons.status).toBe(200);
    const summoned = await police.next(
      (event) => changeTo(caseId)(event) && event.data['type'] === 'DepartmentSummoned',
    );
    expect(summoned.id).toBe(summons.headers.get('x-event-position'));
    // A case summoning the judicial office, after: it reaches only its own liaison.
    const other = await logDispute('worker');
    await leader.post(`/api/cases/${other.caseId}/summons`, {
      leadDepartmentId: 'dept-judicial-ruiling',
      urgent: false,
      request: '请司法所协助调解。',
    });
    await judicial.next(changeTo(other.caseId));
    expect(changesIn(judicial)).not.toContain(caseId);
  });

  it('resumes after the Last-Event-ID: what was missed in scope, in order, then live', async () => {
    const first = await streamOf('leader');
    const seen = await logDispute('worker');
    const lastSeen = (await first.next(changeTo(seen.caseId))).id!;
    first.close();

    const missed = [await logDispute('worker'), await logDispute('leader')];
    const outOfScope = await logDispute('otherWorker', otherGridDispute);
    const resumed = await streamOf('leader', { lastEventId: lastSeen });
    const replayed = resumed.events.filter((event) => event.event === 'change');
    expect(replayed.map((event) => [event.id, event.data['caseId']])).toEqual(
      missed.map(({ position, caseId }) => [position, caseId]),
    );
    expect(changesIn(resumed)).not.toContain(outOfScope.caseId);
    expect(resumed.events.at(-1)).toMatchObject({ event: 'ready', id: await api.lastPosition() });

    const after = await logDispute('worker');
    await resumed.next(changeTo(after.caseId));
    expect(changesIn(resumed)).toEqual([...missed.map((m) => m.caseId), after.caseId]);
  });

  it('takes the position from ?lastEventId= on a first connection; the header wins on a reconnect', async () => {
    const start = await api.lastPosition();
    const logged = await logDispute('worker');
    const fromQuery = await streamOf('leader', { query: `?lastEventId=${start}` });
    expect(changesIn(fromQuery)).toEqual([logged.caseId]);
    const headerWins = await streamOf('leader', {
      query: `?lastEventId=${start}`,
      lastEventId: logged.position,
    });
    expect(changesIn(headerWins)).toEqual([]);
  });

  it('sends heartbeats, and ends the stream once its session is signed out', async () => {
    const client = await api.as('community');
    const stream = await openLiveStream(api.base, client.cookie);
    streams.push(stream);
    await stream.next((event) => event.event === 'ready');
    await expect.poll(() => stream.heartbeats(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect((await client.delete('/api/session')).status).toBe(204);
    await stream.ended;
  });

  it('lets go of a stream the client closes', async () => {
    const before = api.live.size();
    const stream = await streamOf('worker');
    expect(api.live.size()).toBe(before + 1);
    stream.close();
    await expect.poll(() => api.live.size(), { timeout: 15_000 }).toBe(before);
  });

  describe('refuses what it cannot resume from, as problem+json naming it', () => {
    it.each([
      [
        'a malformed Last-Event-ID',
        { 'last-event-id': 'yesterday' },
        '',
        /Last-Event-ID: "yesterday" is not a log position/,
      ],
      [
        'a Last-Event-ID past the end of the log',
        { 'last-event-id': '999999/999999' },
        '',
        /Last-Event-ID: position 999999\/999999 is past the end of the log/,
      ],
      ['a malformed lastEventId', {}, '?lastEventId=12', /lastEventId: "12" is not a log position/],
      [
        'lastEventId given twice',
        {},
        '?lastEventId=1/1&lastEventId=2/2',
        /lastEventId: give it once/,
      ],
    ])('%s: 400', async (_name, headers, query, detail) => {
      const response = await (await as('leader')).get(`/api/live${query}`, headers);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(String(response.body['detail'])).toMatch(detail);
    });

    it('without a session: 401', async () => {
      expect((await api.call('GET', '/api/live')).status).toBe(401);
    });
  });
});
