import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { caseStream, type Actor } from '@gridline/events';
import { sampleDisputeLoggedV1, sampleMetadata } from '@gridline/events/fixtures/sampleEvents.ts';
import { readCase } from '@gridline/backend/application/cases/caseQueries.ts';
import { createServices } from '@gridline/backend/application/services.ts';
import { catalogueGuard } from '@gridline/backend/eventStore/catalogueGuard.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';

// A deployment upgraded in place keeps the cases an earlier release wrote. The catalogue
// guard refuses to *write* an old version, so the old case goes straight into the file,
// as the earlier release left it.

const admin: Actor = {
  personId: 'p-admin',
  role: 'admin',
  scope: { kind: 'district', id: 'district-heping' },
};
const caseId = sampleDisputeLoggedV1.caseId;

describe('A case an earlier release stored with DisputeLogged v1', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  const storeWithOldCase = async () => {
    dir = mkdtempSync(join(tmpdir(), 'gridline-old-versions-'));
    const file = openSqliteEventStore({ path: join(dir, 'events.sqlite') });
    const eventId = randomUUID();
    await file.append(
      caseStream(caseId),
      [
        {
          id: eventId,
          type: 'DisputeLogged',
          data: sampleDisputeLoggedV1,
          metadata: sampleMetadata({ eventId, schemaVersion: 1 }),
        },
      ],
      { expected: 'no_stream' },
    );
    return catalogueGuard(file);
  };

  it('reads with today’s facts: the first named party is the applicant, with the phone', async () => {
    const store = await storeWithOldCase();
    const { events } = await readCase(store, caseId, admin);
    const logged = events[0]!.event;
    expect(logged.type).toBe('DisputeLogged');
    if (logged.type !== 'DisputeLogged') return;
    expect(logged.data.parties).toEqual([
      { name: '赵敏', role: 'applicant', phone: '13800138000' },
      { name: '钱进', role: 'respondent' },
      { name: '钱太太', role: 'respondent' },
    ]);
    await store.close();
  });

  it('takes new steps on top of the old event', async () => {
    const store = await storeWithOldCase();
    const now = new Date('2026-06-01T10:00:00+08:00');
    const context = {
      actor: admin,
      correlationId: 'c-1',
      causationId: 'c-1',
      occurredAt: now,
      now,
    };
    const outcome = await createServices(store).cases.execute(
      'AddCaseNote',
      caseId,
      { text: '升级后补记：双方已见面。' },
      context,
    );
    expect(outcome.caseId).toBe(caseId);
    const { events } = await readCase(store, caseId, admin);
    expect(events.map(({ event }) => event.type)).toEqual(['DisputeLogged', 'CaseNoteAdded']);
    await store.close();
  });

  it('reads a resolution stored as v1 with its writer as the resolver, its number from the order', async () => {
    const store = await storeWithOldCase();
    // The guard refuses to write an old version: put it in the file as the old release did.
    const file = openSqliteEventStore({ path: join(dir!, 'events.sqlite') });
    const eventId = randomUUID();
    await file.append(
      caseStream(caseId),
      [
        {
          id: eventId,
          type: 'CaseResolved',
          data: { caseId, level: 'grid', outcome: 'mediated', summary: '双方和解。' },
          metadata: sampleMetadata({ eventId, schemaVersion: 1 }),
        },
      ],
      { expected: 0n },
    );
    await file.close();
    const { state, events } = await readCase(store, caseId, admin);
    expect(state).toMatchObject({
      status: 'resolved',
      resolution: { number: 1, resolverId: sampleMetadata().actor.personId },
    });
    expect(events[1]!.event.data).toMatchObject({
      resolverId: sampleMetadata().actor.personId,
      resolutionNumber: null,
      deadlineInForce: null,
    });
    await store.close();
  });
});
