import type { StaffRole } from '@gridline/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer, type Client } from './support/apiServer.ts';
import { caseAfter, ladder, type Step } from './support/caseSetup.ts';
import { disputeBody, issueBody } from './support/payloads.ts';
import type { Username } from './support/testDistrict.ts';

// Every role × endpoint × in-scope / out-of-scope, with the status the server must give.
// The case lives in grid-ryy-1 (community comm-ruiyiyuan, street street-ruiling); the
// out-of-scope twin of each role holds the same role elsewhere. Auditors and admins hold
// the whole district, so they have no out-of-scope twin.

const actors: Record<StaffRole, { inScope: Username; outOfScope?: Username }> = {
  grid_worker: { inScope: 'worker', outOfScope: 'otherWorker' },
  grid_leader: { inScope: 'leader', outOfScope: 'otherLeader' },
  community_staff: { inScope: 'community', outOfScope: 'otherCommunity' },
  street_supervisor: { inScope: 'supervisor', outOfScope: 'otherSupervisor' },
  department_liaison: { inScope: 'liaison', outOfScope: 'otherLiaison' },
  auditor: { inScope: 'auditor' },
  admin: { inScope: 'admin' },
};

interface Endpoint {
  readonly name: string;
  /** The case the request acts on, as steps from a fresh dispute; null: no case. */
  readonly given: readonly Step[] | null;
  readonly method: 'GET' | 'POST';
  readonly path: (caseId: string) => string;
  /** `unique` keeps ids apart between cells (every cell creates its own things). */
  readonly body?: (state: Record<string, unknown>, actor: Username, unique: string) => unknown;
  /** Roles that, within scope, succeed; everyone else gets `refusal` (default 403). */
  readonly allowed: readonly StaffRole[];
  readonly success: number;
  /** What the out-of-scope twins get, when the endpoint is not scoped (default 403). */
  readonly outOfScope?: number;
  /** Refusals that are not 403 for a role within scope (e.g. the four-eyes rule). */
  readonly inScopeRefusal?: Partial<Record<StaffRole, number>>;
}

const firstSummons = (state: Record<string, unknown>) =>
  (state['summonses'] as { summonsId: string }[])[0]!.summonsId;

const endpoints: Endpoint[] = [
  {
    name: 'GET case',
    given: ladder.summoned,
    method: 'GET',
    path: (id) => `/api/cases/${id}`,
    allowed: [
      'grid_worker',
      'grid_leader',
      'community_staff',
      'street_supervisor',
      'department_liaison',
      'auditor',
      'admin',
    ],
    success: 200,
  },
  {
    name: 'GET history',
    given: ladder.summoned,
    method: 'GET',
    path: (id) => `/api/cases/${id}/history`,
    allowed: [
      'grid_worker',
      'grid_leader',
      'community_staff',
      'street_supervisor',
      'department_liaison',
      'auditor',
      'admin',
    ],
    success: 200,
  },
  {
    name: 'log a dispute',
    given: [],
    method: 'POST',
    path: () => '/api/cases/disputes',
    body: () => disputeBody,
    allowed: ['grid_worker', 'grid_leader', 'community_staff', 'street_supervisor', 'admin'],
    success: 201,
  },
  {
    name: 'report an issue',
    given: [],
    method: 'POST',
    path: () => '/api/cases/issues',
    body: () => issueBody,
    allowed: ['grid_worker', 'grid_leader', 'community_staff', 'street_supervisor', 'admin'],
    success: 201,
  },
  {
    name: 'assign',
    given: ladder.logged,
    method: 'POST',
    path: (id) => `/api/cases/${id}/assign`,
    body: () => ({ assigneeId: 'p-worker' }),
    allowed: ['grid_leader', 'admin'],
    success: 200,
  },
  {
    name: 'accept',
    given: ladder.assigned,
    method: 'POST',
    path: (id) => `/api/cases/${id}/accept`,
    body: () => ({}),
    allowed: ['grid_worker'],
    success: 200,
  },
  {
    name: 'record a mediation',
    given: ladder.accepted,
    method: 'POST',
    path: (id) => `/api/cases/${id}/mediations`,
    body: () => ({ outcome: 'partial', summary: '部分达成一致。' }),
    allowed: ['grid_worker', 'grid_leader', 'admin'],
    success: 200,
  },
  {
    name: 'escalate',
    given: ladder.logged,
    method: 'POST',
    path: (id) => `/api/cases/${id}/escalate`,
    body: () => ({ toLevel: 'community', reason: 'beyond_authority' }),
    allowed: ['grid_leader', 'admin'],
    success: 200,
  },
  {
    name: 'summon departments',
    given: ladder.atCommunity,
    method: 'POST',
    path: (id) => `/api/cases/${id}/summons`,
    body: () => ({
      leadDepartmentId: 'dept-police-ruiling',
      urgent: true,
      request: '请派出所到场。',
    }),
    allowed: ['community_staff', 'street_supervisor', 'admin'],
    success: 200,
  },
  {
    name: 'department report',
    given: ladder.summoned,
    method: 'POST',
    path: (id) => `/api/cases/${id}/department-reports`,
    body: (state, actor) => ({
      summonsId: firstSummons(state),
      departmentId: actor === 'otherLiaison' ? 'dept-judicial-ruiling' : 'dept-police-ruiling',
      response: '已派民警到场处置。',
    }),
    allowed: ['department_liaison', 'admin'],
    success: 200,
  },
  {
    name: 'extend the deadline',
    given: ladder.assigned,
    method: 'POST',
    path: (id) => `/api/cases/${id}/deadline-extensions`,
    body: (state) => ({
      newDeadline: new Date(
        Date.parse((state['deadline'] as { due: string }).due) + 2 * 86_400_000,
      ).toISOString(),
      reason: '等待物业提供维修记录。',
    }),
    allowed: ['community_staff', 'admin'],
    success: 200,
  },
  {
    name: 'verify',
    given: ladder.resolvedAtGrid,
    method: 'POST',
    path: (id) => `/api/cases/${id}/verify`,
    body: () => ({ method: 'site_visit' }),
    allowed: ['community_staff', 'street_supervisor', 'admin'],
    success: 200,
  },
  {
    name: 'return down',
    given: ladder.atCommunity,
    method: 'POST',
    path: (id) => `/api/cases/${id}/return`,
    body: () => ({
      toLevel: 'grid',
      reason: '属网格职责范围。',
      guidance: '请网格员先行上门调解。',
    }),
    allowed: ['community_staff', 'admin'],
    success: 200,
  },
  {
    name: 'resolve',
    given: ladder.accepted,
    method: 'POST',
    path: (id) => `/api/cases/${id}/resolve`,
    body: () => ({ outcome: 'fixed', summary: '已修复。' }),
    allowed: ['grid_worker', 'grid_leader', 'admin'],
    success: 200,
  },
  {
    name: 'return visit',
    given: ladder.resolvedAtGrid,
    method: 'POST',
    path: (id) => `/api/cases/${id}/return-visits`,
    body: () => ({ rating: 'satisfied', method: 'in_person' }),
    allowed: ['grid_worker', 'grid_leader', 'community_staff', 'street_supervisor', 'admin'],
    success: 200,
  },
  {
    name: 'reopen',
    given: ladder.unsatisfied,
    method: 'POST',
    path: (id) => `/api/cases/${id}/reopen`,
    body: () => ({ trigger: 'return_visit_unsatisfied', reason: '居民对处理结果不满意。' }),
    allowed: ['grid_leader', 'community_staff', 'street_supervisor', 'admin'],
    success: 200,
  },
  {
    name: 'close',
    given: ladder.verifiedAndSatisfied,
    method: 'POST',
    path: (id) => `/api/cases/${id}/close`,
    body: () => ({}),
    allowed: ['grid_leader', 'community_staff', 'street_supervisor', 'admin'],
    success: 200,
  },
  {
    name: 'add a note',
    given: ladder.summoned,
    method: 'POST',
    path: (id) => `/api/cases/${id}/notes`,
    body: () => ({ text: '已与物业沟通。' }),
    allowed: [
      'grid_worker',
      'grid_leader',
      'community_staff',
      'street_supervisor',
      'department_liaison',
      'admin',
    ],
    success: 200,
  },
  {
    name: 'reveal personal data',
    given: ladder.summoned,
    method: 'POST',
    path: (id) => `/api/cases/${id}/personal-data-reveals`,
    body: () => ({ fields: ['parties[].phone'], reason: '需电话联系当事人。' }),
    allowed: [
      'grid_worker',
      'grid_leader',
      'community_staff',
      'street_supervisor',
      'department_liaison',
      'admin',
    ],
    success: 200,
  },
];

const adminOnly = (name: string, path: string, body: (unique: string) => unknown): Endpoint => ({
  name,
  given: null,
  method: 'POST',
  path: () => path,
  body: (_state, _actor, unique) => body(unique),
  allowed: ['admin'],
  success: 201,
});

const patrolBy = (actor: Username, unique: string) => ({
  inspectionId: `insp-${unique}`,
  gridId: 'grid-ryy-1',
  inspectorId: actor === 'otherWorker' ? 'p-other-worker' : 'p-worker',
  startedAt: '2026-06-01T08:00:00+08:00',
  endedAt: '2026-06-01T08:40:00+08:00',
  buildingsVisited: [{ buildingId: 'bld-ryy-3', householdsVisited: 6 }],
  welfareChecks: [],
  findings: [],
});

endpoints.push(
  {
    name: 'record an inspection',
    given: null,
    method: 'POST',
    path: () => '/api/inspections',
    body: (_state, actor, unique) => patrolBy(actor, unique),
    allowed: ['grid_worker', 'grid_leader', 'admin'],
    success: 201,
  },
  {
    name: 'GET organisation',
    // The district's structure and who holds what are known to every member of staff.
    outOfScope: 200,
    given: null,
    method: 'GET',
    path: () => '/api/organisation',
    allowed: [
      'grid_worker',
      'grid_leader',
      'community_staff',
      'street_supervisor',
      'department_liaison',
      'auditor',
      'admin',
    ],
    success: 200,
  },
  adminOnly('establish a street', '/api/organisation/streets', (u) => ({
    streetId: `street-${u}`,
    name: '新街道',
  })),
  adminOnly('establish a community', '/api/organisation/communities', (u) => ({
    communityId: `comm-${u}`,
    streetId: 'street-ruiling',
    name: '新社区',
  })),
  adminOnly('establish a grid', '/api/organisation/grids', (u) => ({
    gridId: `grid-${u}`,
    communityId: 'comm-ruiyiyuan',
    name: '新网格',
    buildings: [{ buildingId: `bld-${u}`, name: '1号楼', households: 30 }],
  })),
  adminOnly('register a building', '/api/organisation/buildings', (u) => ({
    gridId: 'grid-ryy-2',
    building: { buildingId: `bld-${u}`, name: '9号楼', households: 24 },
  })),
  adminOnly('establish a department', '/api/organisation/departments', (u) => ({
    departmentId: `dept-${u}`,
    name: '城管中队',
    kind: 'urban_management',
    belongsTo: { kind: 'district', id: 'district-1' },
  })),
  adminOnly('assign staff', '/api/organisation/staff-assignments', (u) => ({
    personId: `p-${u}`,
    displayName: '新同事',
    role: 'grid_worker',
    scope: { kind: 'grid', id: 'grid-ryy-2' },
  })),
  adminOnly('unassign staff', '/api/organisation/staff-unassignments', () => ({
    personId: 'p-worker2',
    role: 'grid_worker',
    scope: { kind: 'grid', id: 'grid-ryy-1' },
    reason: '调岗',
  })),
);

describe('Who may do what, where: role × endpoint × scope', () => {
  let api: ApiServer;
  let unique = 0;
  const clients = new Map<Username, Client>();
  const cells = endpoints.flatMap((endpoint) =>
    (Object.entries(actors) as [StaffRole, { inScope: Username; outOfScope?: Username }][]).flatMap(
      ([role, { inScope, outOfScope }]) => [
        {
          endpoint,
          role,
          actor: inScope,
          scope: 'in scope',
          expected: endpoint.allowed.includes(role)
            ? endpoint.success
            : (endpoint.inScopeRefusal?.[role] ?? 403),
        },
        ...(outOfScope
          ? [
              {
                endpoint,
                role,
                actor: outOfScope,
                scope: 'out of scope',
                expected: endpoint.outOfScope ?? 403,
              },
            ]
          : []),
      ],
    ),
  );

  beforeAll(async () => {
    api = await startApiServer();
    for (const { inScope, outOfScope } of Object.values(actors)) {
      for (const username of [inScope, outOfScope])
        if (username) clients.set(username, await api.as(username));
    }
  });
  afterAll(() => api.close());

  it('covers every role and endpoint, in and out of scope', () => {
    expect(cells).toHaveLength(endpoints.length * 12);
  });

  it.each(
    cells.map((cell) => [cell.endpoint.name, cell.role, cell.scope, cell.expected, cell] as const),
  )('%s by a %s %s answers %i', async (_name, _role, _scope, expected, { endpoint, actor }) => {
    const caseId = endpoint.given ? await caseAfter(api.services, api.now(), endpoint.given) : '';
    const state = endpoint.given
      ? ((await (
          await clients.get('admin')!.get(`/api/cases/${caseId}`)
        ).body['state']) as Record<string, unknown>)
      : {};
    const client = clients.get(actor)!;
    const path = endpoint.path(caseId);
    const before = await api.lastPosition();
    const response =
      endpoint.method === 'GET'
        ? await client.get(path)
        : await client.post(
            path,
            endpoint.body!(state, actor, `${actor}-${++unique}`.toLowerCase()),
          );
    expect(response.status, String(response.body['detail'])).toBe(expected);
    if (expected >= 400 || endpoint.method === 'GET') expect(await api.lastPosition()).toBe(before);
  });
});
