import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/apiServer.ts';
import type { Username } from './support/testDistrict.ts';

const patrol = (overrides: Record<string, unknown> = {}) => ({
  inspectionId: `insp-${Math.random().toString(36).slice(2, 10)}`,
  gridId: 'grid-ryy-1',
  inspectorId: 'p-worker',
  startedAt: '2026-06-01T08:00:00+08:00',
  endedAt: '2026-06-01T08:50:00+08:00',
  buildingsVisited: [{ buildingId: 'bld-ryy-3', householdsVisited: 12 }],
  welfareChecks: [{ buildingId: 'bld-ryy-3', residentName: '王奶奶', status: 'well' }],
  findings: [],
  ...overrides,
});

const nonAdmins: Username[] = ['worker', 'leader', 'community', 'supervisor', 'liaison', 'auditor'];

describe('The organisation over HTTP', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer();
  });
  afterAll(() => api.close());

  it('lets an admin establish a street, and refuses it twice', async () => {
    const admin = await api.as('admin');
    const created = await admin.post('/api/organisation/streets', {
      streetId: 'street-new',
      name: '新华街道',
    });
    expect(created.status).toBe(201);
    expect(created.body['streamName']).toBe('org-street-street-new');
    const again = await admin.post('/api/organisation/streets', {
      streetId: 'street-new',
      name: '新华街道',
    });
    expect(again.status).toBe(409);
  });

  it.each(nonAdmins)('refuses organisation changes by %s, writing nothing', async (username) => {
    const before = await api.lastPosition();
    const response = await (
      await api.as(username)
    ).post('/api/organisation/streets', {
      streetId: `street-by-${username}`,
      name: '某街道',
    });
    expect(response.status).toBe(403);
    expect(await api.lastPosition()).toBe(before);
  });

  it('refuses a community in a street that does not exist', async () => {
    const response = await (
      await api.as('admin')
    ).post('/api/organisation/communities', {
      communityId: 'comm-x',
      streetId: 'street-nowhere',
      name: '无名社区',
    });
    expect(response.status).toBe(400);
  });

  it.each([...nonAdmins, 'admin' as const])('shows the district to %s', async (username) => {
    const response = await (await api.as(username)).get('/api/organisation');
    expect(response.status).toBe(200);
    expect((response.body['grids'] as { gridId: string }[]).map((grid) => grid.gridId)).toContain(
      'grid-ryy-1',
    );
  });

  it('takes a person’s reach away the moment they are unassigned', async () => {
    const worker2 = await api.as('worker2');
    expect((await worker2.get('/api/organisation')).status).toBe(200);
    const unassigned = await (
      await api.as('admin')
    ).post('/api/organisation/staff-unassignments', {
      personId: 'p-worker2',
      role: 'grid_worker',
      scope: { kind: 'grid', id: 'grid-ryy-1' },
      reason: '调往和平街道',
    });
    expect(unassigned.status).toBe(201);
    const refused = await worker2.get('/api/organisation');
    expect(refused.status).toBe(403);
    expect(refused.body['detail']).toMatch(/does not hold grid_worker/);
  });

  it('takes effect at once: a person assigned a moment ago can be dispatched a case', async () => {
    const admin = await api.as('admin');
    const assigned = await admin.post('/api/organisation/staff-assignments', {
      personId: 'p-newcomer',
      displayName: '新网格员',
      role: 'grid_worker',
      scope: { kind: 'grid', id: 'grid-ryy-1' },
    });
    expect(assigned.status).toBe(201);
    const worker = await api.as('worker');
    const { id: caseId } = (
      await worker.post('/api/cases/issues', {
        place: { streetId: 'street-ruiling', communityId: 'comm-ruiyiyuan', gridId: 'grid-ryy-1' },
        riskLevel: 'low',
        title: '路灯不亮',
        description: '3号楼前路灯不亮。',
        category: 'facility',
        source: 'resident',
      })
    ).body as { id: string };
    const dispatched = await (
      await api.as('leader')
    ).post(`/api/cases/${caseId}/assign`, { assigneeId: 'p-newcomer' });
    expect(dispatched.status).toBe(200);
  });
});

describe('Inspections over HTTP', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer(new Date('2026-06-01T10:00:00+08:00'));
  });
  afterAll(() => api.close());

  it('records a patrol whose finding opens a case pointing back at the patrol', async () => {
    const worker = await api.as('worker');
    const body = patrol({
      findings: [
        {
          findingId: 'f-1',
          category: 'hazard',
          title: '楼道电动车充电',
          buildingId: 'bld-ryy-3',
          caseId: '7d3f9a52-1c4e-4b8a-9f26-5e0c8d1b3a71',
          riskLevel: 'high',
        },
      ],
    });
    const recorded = await worker.post('/api/inspections', body);
    expect(recorded.status).toBe(201);
    expect(recorded.body['openedCaseIds']).toEqual(['7d3f9a52-1c4e-4b8a-9f26-5e0c8d1b3a71']);

    const history = await (
      await api.as('leader')
    ).get('/api/cases/7d3f9a52-1c4e-4b8a-9f26-5e0c8d1b3a71/history');
    expect(history.status).toBe(200);
    const [opened] = history.body['events'] as {
      type: string;
      data: { source: string; inspectionId: string };
      metadata: { causationId: string };
    }[];
    expect(opened).toMatchObject({
      type: 'IssueReported',
      data: { source: 'inspection', inspectionId: body.inspectionId },
    });
    const [inspectionEvent] = await api.store.readStream(`inspection-${body.inspectionId}`);
    expect(opened!.metadata.causationId).toBe(inspectionEvent!.id);
  });

  it.each([
    [
      'a worker of another grid',
      'otherWorker',
      patrol({
        gridId: 'grid-hp-1',
        inspectorId: 'p-other-worker',
        buildingsVisited: [{ buildingId: 'bld-ryy-3', householdsVisited: 1 }],
      }),
      400,
    ],
    [
      'a worker recording someone else’s patrol',
      'worker',
      patrol({ inspectorId: 'p-worker2' }),
      403,
    ],
    ['community staff', 'community', patrol(), 403],
    ['an auditor', 'auditor', patrol(), 403],
  ] as const)('refuses a patrol by %s, writing nothing', async (_who, username, body, status) => {
    const before = await api.lastPosition();
    const response = await (await api.as(username)).post('/api/inspections', body);
    expect(response.status).toBe(status);
    expect(await api.lastPosition()).toBe(before);
  });

  it('refuses a patrol in another grid by an out-of-scope worker', async () => {
    const response = await (
      await api.as('otherWorker')
    ).post('/api/inspections', patrol({ inspectorId: 'p-other-worker' }));
    expect(response.status).toBe(403);
  });

  it('refuses a building that is not in the grid, and a patrol that ends in the future', async () => {
    const worker = await api.as('worker');
    const elsewhere = await worker.post(
      '/api/inspections',
      patrol({ buildingsVisited: [{ buildingId: 'bld-hp-2', householdsVisited: 3 }] }),
    );
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body['detail']).toMatch(/bld-hp-2/);
    const future = await worker.post(
      '/api/inspections',
      patrol({ endedAt: '2026-06-01T11:00:00+08:00' }),
    );
    expect(future.status).toBe(400);
  });

  it('refuses a finding whose case id is not a case id, writing nothing', async () => {
    const before = await api.lastPosition();
    const response = await (
      await api.as('worker')
    ).post(
      '/api/inspections',
      patrol({
        findings: [
          {
            findingId: 'f-9',
            category: 'hazard',
            title: '井盖缺失',
            caseId: 'overdue',
            riskLevel: 'high',
          },
        ],
      }),
    );
    expect(response.status).toBe(400);
    expect(response.body['detail']).toMatch(/findings\[0\]\.caseId: must be a case id/);
    expect(await api.lastPosition()).toBe(before);
  });

  it('refuses If-Match on a patrol: it is recorded once, with no revision to match', async () => {
    const before = await api.lastPosition();
    const response = await (
      await api.as('worker')
    ).post('/api/inspections', patrol(), { 'If-Match': '"0"' });
    expect(response.status).toBe(400);
    expect(response.body['detail']).toMatch(/If-Match/);
    expect(await api.lastPosition()).toBe(before);
  });

  it('refuses a welfare check on a resident whose name is blank, writing nothing', async () => {
    const before = await api.lastPosition();
    const response = await (
      await api.as('worker')
    ).post(
      '/api/inspections',
      patrol({
        welfareChecks: [{ buildingId: 'bld-ryy-3', residentName: '\u3000', status: 'well' }],
      }),
    );
    expect(response.status).toBe(400);
    expect(response.body['detail']).toMatch(/welfareChecks\[0\]\.residentName: must not be blank/);
    expect(await api.lastPosition()).toBe(before);
  });

  it('refuses a finding that names an existing case, with or without an Idempotency-Key', async () => {
    const worker = await api.as('worker');
    const taken = patrol({
      findings: [
        {
          findingId: 'f-3',
          category: 'hazard',
          title: '井盖破损',
          caseId: '7d3f9a52-1c4e-4b8a-9f26-5e0c8d1b3a71',
          riskLevel: 'high',
        },
      ],
    });
    for (const headers of [{}, { 'Idempotency-Key': 'patrol-taken-case' }]) {
      const before = await api.lastPosition();
      const response = await worker.post('/api/inspections', taken, headers);
      expect(response.status).toBe(409);
      expect(response.body['detail']).toMatch(
        /case 7d3f9a52-1c4e-4b8a-9f26-5e0c8d1b3a71 already exists/,
      );
      expect(await api.lastPosition()).toBe(before);
    }
  });

  it('refuses another patrol under a recorded patrol’s id, without a key, as already recorded', async () => {
    const worker = await api.as('worker');
    const first = patrol();
    expect((await worker.post('/api/inspections', first)).status).toBe(201);
    const before = await api.lastPosition();
    const other = await worker.post('/api/inspections', { ...first, note: '补记' });
    expect(other.status).toBe(409);
    expect(other.body['detail']).toMatch(/already recorded/);
    expect(await api.lastPosition()).toBe(before);
  });

  it('answers a retried patrol with the same Idempotency-Key without opening its case twice', async () => {
    const worker = await api.as('worker');
    const body = patrol({
      findings: [
        {
          findingId: 'f-2',
          category: 'environment',
          title: '楼道堆物',
          caseId: 'c41e8b07-92d5-4f3a-8b6e-0a7d2c5f9e18',
          riskLevel: 'low',
        },
      ],
    });
    const key = { 'Idempotency-Key': 'patrol-retry-1' };
    expect((await worker.post('/api/inspections', body, key)).status).toBe(201);
    const before = await api.lastPosition();
    const retry = await worker.post('/api/inspections', body, key);
    expect(retry.status).toBe(201);
    expect(await api.lastPosition()).toBe(before);
  });
});
