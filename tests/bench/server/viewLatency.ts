// The console's other views through HTTP at scale, as the people who use them ask: the grid
// leader's patch, the supervisor's escalation queue and summonses, the auditor's browse of
// the log and a case's replay and file. Each query repeated in sequence (one client, so the
// figure is the server's time, not queueing). The case board has its own table
// (caseBoardLatency.ts).
import { percentile, signIn, type Session } from './signIn.ts';

type Json = Record<string, unknown>;

const getter = (base: string, session: Session) => async (path: string) => {
  const response = await fetch(`${base}${path}`, { headers: { cookie: session.cookie } });
  if (response.status !== 200) {
    throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as Json;
};

/** The case escalated, returned and reopened most often among the first page of a query. */
const busiestCase = async (get: (path: string) => Promise<Json>, query: string) => {
  const { items } = (await get(`/api/cases?${query}&limit=100`)) as {
    items: { caseId: string; escalationCount: number; returnCount: number; reopenCount: number }[];
  };
  const turns = (item: (typeof items)[number]) =>
    item.escalationCount + item.returnCount + item.reopenCount;
  const [busiest] = [...items].sort((a, b) => turns(b) - turns(a));
  if (!busiest) throw new Error(`no case for ${query}`);
  return busiest.caseId;
};

/** A cursor some pages into a list, found by paging there the way a client would. */
const deepCursor = async (get: (path: string) => Promise<Json>, path: string, pages: number) => {
  let cursor: string | null = null;
  for (let page = 1; page < pages; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const answer = await get(cursor ? `${path}${separator}cursor=${cursor}` : path);
    cursor = answer['nextCursor'] as string | null;
    if (!cursor) return null;
  }
  return cursor;
};

export const measureViews = async (base: string, password: string, repeats: number) => {
  const leader = await signIn(base, 'grid.leader', password);
  const supervisor = await signIn(base, 'street.supervisor', password);
  const auditor = await signIn(base, 'auditor', password);
  const asAuditor = getter(base, auditor);
  const grid = leader.scope.id;
  const escalated = await busiestCase(getter(base, supervisor), 'escalatedWithinDays=30');
  const firstEvents = (await asAuditor('/api/audit/events?limit=500')) as {
    items: { metadata: { actor: { personId: string } }; recordedAt?: string }[];
  };
  const someone = firstEvents.items.at(-1)!.metadata.actor.personId;
  const deepAudit = await deepCursor(asAuditor, '/api/audit/events?limit=500', 20);
  const week = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();

  // Cases never read before, one per repetition: their residents' keys are not cached.
  const { items: board } = (await asAuditor('/api/cases?limit=500')) as {
    items: { caseId: string }[];
  };
  const coldCase = (i: number) => board[(i * 7919) % board.length]!.caseId;

  const views: readonly (readonly [Session, string, string | ((i: number) => string)])[] = [
    [leader, 'my patch', `/api/grids/${grid}/patch`],
    [leader, 'patrols of my grid', `/api/grids/${grid}/inspections`],
    [leader, 'welfare checks of my grid', `/api/grids/${grid}/welfare-checks`],
    [supervisor, 'escalation queue', '/api/cases?escalatedWithinDays=7'],
    [supervisor, 'open summonses', '/api/summonses?open=true'],
    [supervisor, 'overdue summonses', '/api/summonses?overdue=true'],
    [supervisor, 'on-time response by department', '/api/departments/response'],
    [supervisor, 'an escalated case’s replay', `/api/cases/${escalated}/replay`],
    [supervisor, 'its case file (一案一档)', `/api/cases/${escalated}/file`],
    [supervisor, 'its history', `/api/cases/${escalated}/history`],
    [
      auditor,
      'a case’s history, another case each time',
      (i) => `/api/cases/${coldCase(i)}/history`,
    ],
    [auditor, 'a case file, another case each time', (i) => `/api/cases/${coldCase(i + 1)}/file`],
    [auditor, 'log, newest first', '/api/audit/events?sort=-position'],
    [auditor, 'log, one type', '/api/audit/events?type=CaseEscalated&sort=-position'],
    [auditor, 'log, one actor', `/api/audit/events?actor=${someone}&sort=-position`],
    [auditor, 'log, every case stream', '/api/audit/events?streamPrefix=case-&sort=-position'],
    [auditor, 'log, one week', `/api/audit/events?recordedFrom=${week(14)}&recordedTo=${week(7)}`],
    ...(deepAudit
      ? [
          [
            auditor,
            'log, page 20 of 500',
            `/api/audit/events?limit=500&cursor=${deepAudit}`,
          ] as const,
        ]
      : []),
  ];

  const rows = [];
  for (const [session, label, path] of views) {
    const get = getter(base, session);
    const pathOf = typeof path === 'string' ? () => path : path;
    const first = await get(pathOf(repeats));
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const began = performance.now();
      await get(pathOf(i));
      times.push(performance.now() - began);
    }
    times.sort((a, b) => a - b);
    const items =
      first['items'] ??
      first['steps'] ??
      first['events'] ??
      (first['file'] as Json | undefined)?.['events'];
    rows.push({
      reader:
        session === leader
          ? 'grid leader'
          : session === supervisor
            ? 'street supervisor'
            : 'auditor',
      view: label,
      items: Array.isArray(items) ? items.length : '',
      'p50 ms': percentile(times, 50).toFixed(1),
      'p99 ms': percentile(times, 99).toFixed(1),
    });
  }
  return rows;
};
