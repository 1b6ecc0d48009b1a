import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseStream } from '@gridline/events';
import { deadlineProcess } from '@gridline/backend/deadlineProcess/deadlineProcess.ts';
import { startApiServer, type ApiServer } from '../api/support/apiServer.ts';
import { caseAfter, ladder } from '../api/support/caseSetup.ts';

// The deadline process on a real SQLite store, real read models and the real command
// path, with its clock pinned: cases open on Monday 1 June 2026 at 09:00 (Beijing), so
// the grid's 3 working days end on Thursday 4 June at 23:59:59.999.

const hours = (n: number) => n * 3_600_000;
const days = (n: number) => n * 86_400_000;

describe('The deadline process', () => {
  let api: ApiServer;
  beforeEach(async () => {
    api = await startApiServer();
  });
  afterEach(() => api.close());

  const caughtUp = async () => {
    await api.readModels.refreshHead();
    expect(await api.readModels.waitFor(api.readModels.head()!, { timeoutMs: 20_000 })).toBe(true);
  };
  const processWith = (autoEscalate = false) =>
    deadlineProcess({
      services: api.services,
      readModels: api.readModels,
      autoEscalate,
      now: api.now,
    });
  const eventsOf = async (caseId: string) =>
    (await api.store.readStream(caseStream(caseId))).map((event) => ({
      type: event.type,
      data: event.data as Record<string, unknown>,
      actor: (event.metadata as { actor: { personId: string; role: string } }).actor,
    }));
  const ofType = async (caseId: string, type: string) =>
    (await eventsOf(caseId)).filter((event) => event.type === type);

  it('leaves cases alone until their deadline has passed', async () => {
    const caseId = await caseAfter(api.services, api.now(), ladder.accepted);
    api.advance(days(3) + hours(14)); // Thursday 4 June, 23:00
    await caughtUp();
    expect(await processWith().runOnce()).toEqual({ checked: 0, missesRecorded: 0, escalated: 0 });
    expect(await ofType(caseId, 'CaseDeadlineMissed')).toEqual([]);
  });

  it('records each missed deadline once, however often it runs and across restarts', async () => {
    const ids = [
      await caseAfter(api.services, api.now(), ladder.logged),
      await caseAfter(api.services, api.now(), ladder.accepted),
      await caseAfter(api.services, api.now(), ladder.atCommunity),
    ];
    const resolved = await caseAfter(api.services, api.now(), ladder.resolvedAtGrid);
    api.advance(days(4)); // Friday 5 June
    await caughtUp();
    const first = processWith();
    expect(await first.runOnce()).toMatchObject({ missesRecorded: 2 });
    await caughtUp();
    expect(await first.runOnce()).toMatchObject({ missesRecorded: 0 });
    // A restarted process remembers nothing, and still writes nothing twice.
    expect(await processWith().runOnce()).toMatchObject({ missesRecorded: 0 });

    const [logged, accepted, atCommunity] = await Promise.all(
      ids.map((id) => ofType(id, 'CaseDeadlineMissed')),
    );
    expect(logged).toEqual([
      {
        type: 'CaseDeadlineMissed',
        data: { caseId: ids[0], level: 'grid', deadline: '2026-06-04T15:59:59.999Z' },
        actor: {
          personId: 'deadline-process',
          role: 'system',
          scope: { kind: 'district', id: 'district-1' },
        },
      },
    ]);
    expect(accepted).toHaveLength(1);
    // Escalated on Monday, the community has 7 working days: not missed yet.
    expect(atCommunity).toEqual([]);
    expect(await ofType(resolved, 'CaseDeadlineMissed')).toEqual([]);
  });

  it('shows the auditor each recorded miss in the case history', async () => {
    const caseId = await caseAfter(api.services, api.now(), ladder.assigned);
    api.advance(days(4));
    await caughtUp();
    await processWith().runOnce();
    const auditor = await api.as('auditor');
    const { status, body } = await auditor.get(`/api/cases/${caseId}/history`);
    expect(status).toBe(200);
    const events = body['events'] as { type: string; metadata: { actor: { personId: string } } }[];
    const missed = events.filter((event) => event.type === 'CaseDeadlineMissed');
    expect(missed).toHaveLength(1);
    expect(missed[0]!.metadata.actor.personId).toBe('deadline-process');
  });

  it('does not escalate unless the deployment switches it on', async () => {
    const caseId = await caseAfter(api.services, api.now(), ladder.accepted);
    api.advance(days(4));
    await caughtUp();
    expect(await processWith(false).runOnce()).toMatchObject({ missesRecorded: 1, escalated: 0 });
    expect(await ofType(caseId, 'CaseEscalated')).toEqual([]);
  });

  it('when switched on, escalates overdue cases one level at a time, up to the street', async () => {
    const caseId = await caseAfter(api.services, api.now(), ladder.accepted);
    const watch = processWith(true);
    api.advance(days(4)); // Friday 5 June: the grid's deadline has passed
    await caughtUp();
    expect(await watch.runOnce()).toMatchObject({ missesRecorded: 1, escalated: 1 });
    api.advance(days(14)); // Friday 19 June: 7 working days at the community have passed
    await caughtUp();
    expect(await watch.runOnce()).toMatchObject({ missesRecorded: 1, escalated: 1 });
    api.advance(days(30)); // mid-July: 15 working days at the street have passed
    await caughtUp();
    expect(await watch.runOnce()).toMatchObject({ missesRecorded: 1, escalated: 0 });
    await caughtUp();
    expect(await watch.runOnce()).toMatchObject({ missesRecorded: 0, escalated: 0 });

    const escalations = await ofType(caseId, 'CaseEscalated');
    expect(escalations.map((event) => [event.data['fromLevel'], event.data['toLevel']])).toEqual([
      ['grid', 'community'],
      ['community', 'street'],
    ]);
    expect(escalations.every((event) => event.data['reason'] === 'overdue')).toBe(true);
    const misses = await ofType(caseId, 'CaseDeadlineMissed');
    expect(misses.map((event) => event.data['level'])).toEqual(['grid', 'community', 'street']);
  });
});
