import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/apiServer.ts';
import { caseAfter, ladder } from './support/caseSetup.ts';
import { disputeBody } from './support/payloads.ts';

// The rules that keep the figures honest, as a client meets them: a clear refusal that
// writes nothing, and the allowed path beside it.

describe('When a client breaks a rule the figures depend on', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer();
  });
  afterAll(() => api.close());

  const refusedWithoutWriting = async (
    send: () => Promise<{ status: number; body: Record<string, unknown> }>,
    status: number,
    detail: RegExp,
  ) => {
    const before = await api.lastPosition();
    const response = await send();
    expect({ status: response.status, detail: response.body['detail'] }).toMatchObject({
      status,
      detail: expect.stringMatching(detail),
    });
    expect(await api.lastPosition()).toBe(before);
  };

  it('refuses work dated before the case’s previous event', async () => {
    const caseId = await caseAfter(api.services, api.now(), ladder.logged);
    const worker = await api.as('worker');
    await refusedWithoutWriting(
      () =>
        worker.post(
          `/api/cases/${caseId}/notes`,
          { text: '上周已上门。' },
          { 'X-Occurred-At': '2026-05-20T10:00:00+08:00' },
        ),
      400,
      /before the case's previous event/,
    );
  });

  it('refuses escalating as overdue when no deadline was missed', async () => {
    const caseId = await caseAfter(api.services, api.now(), ladder.accepted);
    const leader = await api.as('leader');
    await refusedWithoutWriting(
      () =>
        leader.post(`/api/cases/${caseId}/escalate`, { toLevel: 'community', reason: 'overdue' }),
      409,
      /cannot be escalated as "overdue": its deadline in force at the grid level was not missed/,
    );
  });

  it('refuses an extension to 2099', async () => {
    const caseId = await caseAfter(api.services, api.now(), ladder.assigned);
    const community = await api.as('community');
    await refusedWithoutWriting(
      () =>
        community.post(`/api/cases/${caseId}/deadline-extensions`, {
          newDeadline: '2099-12-31T23:59:59+08:00',
          reason: '等待鉴定。',
        }),
      400,
      /extends by more than the grid level's period of 3 working days/,
    );
  });

  it('refuses resolving while a summoned department has not reported, until the summons is withdrawn', async () => {
    const caseId = await caseAfter(api.services, api.now(), ladder.summoned);
    const community = await api.as('community');
    const resolve = () =>
      community.post(`/api/cases/${caseId}/resolve`, { outcome: 'mediated', summary: '已调解。' });
    await refusedWithoutWriting(resolve, 409, /have not reported: dept-police-ruiling/);
    const state = (await community.get(`/api/cases/${caseId}`)).body['state'] as {
      summonses: { summonsId: string }[];
    };
    const withdrawn = await community.post(`/api/cases/${caseId}/summons-withdrawals`, {
      summonsId: state.summonses[0]!.summonsId,
      reason: '已由社区自行协调。',
    });
    expect(withdrawn.status).toBe(200);
    expect((await resolve()).status).toBe(200);
  });

  it('refuses withdrawing a summons the case does not have, naming it', async () => {
    const caseId = await caseAfter(api.services, api.now(), ladder.summoned);
    const community = await api.as('community');
    await refusedWithoutWriting(
      () =>
        community.post(`/api/cases/${caseId}/summons-withdrawals`, {
          summonsId: 'S-NOPE',
          reason: '不需要了。',
        }),
      400,
      /has no summons S-NOPE/,
    );
  });

  it('sends a case whose check failed back to work at the level that resolved it', async () => {
    const caseId = await caseAfter(api.services, api.now(), ladder.resolvedAtGrid);
    const community = await api.as('community');
    const failed = await community.post(`/api/cases/${caseId}/verify`, {
      outcome: 'failed',
      method: 'site_visit',
      note: '现场查看，漏点仍在。',
    });
    expect(failed.status).toBe(200);
    expect(failed.body['state']).toMatchObject({
      status: 'in_progress',
      level: 'grid',
      assignment: { assigneeId: 'p-worker' },
    });
  });

  it('logs a dispute found on patrol with the patrol that found it, for proactive discovery', async () => {
    const worker = await api.as('worker');
    const patrol = await worker.post('/api/inspections', {
      inspectionId: 'insp-dispute-1',
      gridId: 'grid-ryy-1',
      inspectorId: 'p-worker',
      startedAt: '2026-06-01T08:00:00+08:00',
      endedAt: '2026-06-01T08:40:00+08:00',
      buildingsVisited: [{ buildingId: 'bld-ryy-3', householdsVisited: 6 }],
      welfareChecks: [],
      findings: [],
    });
    expect(patrol.status).toBe(201);
    const logged = await worker.post('/api/cases/disputes', {
      ...disputeBody,
      source: 'inspection',
      inspectionId: 'insp-dispute-1',
    });
    expect(logged.status).toBe(201);
    const history = await worker.get(`/api/cases/${logged.body['id'] as string}/history`);
    const [opening] = history.body['events'] as { data: Record<string, unknown> }[];
    expect(opening!.data).toMatchObject({ source: 'inspection', inspectionId: 'insp-dispute-1' });
  });

  it('refuses a dispute naming a patrol that was never recorded', async () => {
    const worker = await api.as('worker');
    await refusedWithoutWriting(
      () =>
        worker.post('/api/cases/disputes', {
          ...disputeBody,
          source: 'inspection',
          inspectionId: 'insp-never',
        }),
      400,
      /inspectionId: no patrol insp-never is recorded/,
    );
  });

  it('refuses a dispute said to be found on patrol without naming the patrol', async () => {
    const worker = await api.as('worker');
    await refusedWithoutWriting(
      () => worker.post('/api/cases/disputes', { ...disputeBody, source: 'inspection' }),
      400,
      /inspectionId/,
    );
  });

  it('refuses the resolver recording the return visit on their own case', async () => {
    const caseId = await caseAfter(api.services, api.now(), ladder.resolvedAtGrid);
    const worker = await api.as('worker');
    await refusedWithoutWriting(
      () =>
        worker.post(`/api/cases/${caseId}/return-visits`, { rating: 'satisfied', method: 'phone' }),
      403,
      /return visit must be made by someone else/,
    );
  });
});
