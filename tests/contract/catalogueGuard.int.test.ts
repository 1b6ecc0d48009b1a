import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EventValidationError,
  caseStream,
  eventDefinition,
  type EventType,
} from '@gridline/events';
import { sampleEvent, sampleMetadata } from '@gridline/events/fixtures/sampleEvents.ts';
import { catalogueGuard } from '@gridline/backend/eventStore/catalogueGuard.ts';
import type { EventStore, EventToAppend } from '@gridline/backend/eventStore/port.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';

const toAppend = (type: EventType, data: unknown = sampleEvent(type).data): EventToAppend => {
  const id = randomUUID();
  return {
    id,
    type,
    data,
    metadata: sampleMetadata({ eventId: id, schemaVersion: eventDefinition(type).version }),
  };
};

const eventCount = async (store: EventStore): Promise<number> => {
  let count = 0;
  for await (const _event of store.readAll()) count += 1;
  return count;
};

describe('Appending through the catalogue guard', () => {
  let dir: string;
  let store: EventStore;
  const stream = caseStream('case-guard-1');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gridline-guard-'));
    store = catalogueGuard(openSqliteEventStore({ path: join(dir, 'events.sqlite') }));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes an event that matches its schema', async () => {
    const result = await store.append(stream, [toAppend('DisputeLogged')], {
      expected: 'no_stream',
    });
    expect(result.nextExpectedRevision).toBe(0n);
  });

  it('rejects data that fails its schema, naming the type, the field and the problem', async () => {
    const data = sampleEvent('DisputeLogged').data;
    const bad = { ...data, parties: [{ ...data.parties[0]!, role: 'bystander' }] };
    const attempt = store.append(stream, [toAppend('DisputeLogged', bad)], { expected: 'any' });
    await expect(attempt).rejects.toBeInstanceOf(EventValidationError);
    await expect(attempt).rejects.toThrow(/DisputeLogged.*parties\[0\]\.role/);
    expect(await eventCount(store)).toBe(0);
  });

  it('writes none of a batch when one event in it is invalid', async () => {
    const valid = toAppend('DisputeLogged');
    const invalid = toAppend('CaseNoteAdded', { caseId: 'case-guard-1' });
    await expect(store.append(stream, [valid, invalid], { expected: 'any' })).rejects.toThrow(
      /CaseNoteAdded/,
    );
    expect(await eventCount(store)).toBe(0);
  });

  it('rejects an event type the catalogue does not know', async () => {
    const unknown = { ...toAppend('CaseNoteAdded'), type: 'CaseTeleported' };
    await expect(store.append(stream, [unknown], { expected: 'any' })).rejects.toThrow(
      /Unknown event type "CaseTeleported"/,
    );
  });

  it('rejects an event in a stream of the wrong kind', async () => {
    await expect(
      store.append('org-street-1', [toAppend('DisputeLogged')], { expected: 'any' }),
    ).rejects.toThrow(/does not belong in stream org-street-1/);
  });

  it('rejects metadata without an actor, or with a different event id', async () => {
    const noActor = {
      ...toAppend('DisputeLogged'),
      metadata: { ...sampleMetadata(), actor: undefined },
    };
    await expect(store.append(stream, [noActor], { expected: 'any' })).rejects.toThrow(
      /metadata\.actor/,
    );
    const otherId = { ...toAppend('DisputeLogged'), id: randomUUID() };
    await expect(store.append(stream, [otherId], { expected: 'any' })).rejects.toThrow(
      /metadata\.eventId: differs from the event id/,
    );
    expect(await eventCount(store)).toBe(0);
  });

  it('rejects data written at an old schema version', async () => {
    const old = toAppend('DisputeLogged');
    const stale = { ...old, metadata: { ...(old.metadata as object), schemaVersion: 1 } };
    await expect(store.append(stream, [stale], { expected: 'any' })).rejects.toThrow(
      /metadata\.schemaVersion/,
    );
  });
});
