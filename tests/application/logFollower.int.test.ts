import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventDefinition, orgStream } from '@gridline/events';
import { sampleEvent, sampleMetadata } from '@gridline/events/fixtures/sampleEvents.ts';
import { followLog } from '@gridline/backend/application/logFollower.ts';
import type { EventStore, EventToAppend } from '@gridline/backend/eventStore/port.ts';
import {
  openSqliteEventStore,
  type SqliteEventStore,
} from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';

// A follower keeps a few streams' view (the organisation, the access logs' reveals) and
// folds what the log gained before each use. It must not read the log again from the last
// event of its own streams each time: on a store that filters as it reads (EventStoreDB's
// client has no filter on reads), that was the whole log since the last reveal, on every
// case history asked for.

const streetEstablished = (): EventToAppend => {
  const id = randomUUID();
  return {
    id,
    type: 'StreetEstablished',
    data: sampleEvent('StreetEstablished').data,
    metadata: sampleMetadata({
      eventId: id,
      schemaVersion: eventDefinition('StreetEstablished').version,
    }),
  };
};
const noted = (): EventToAppend => {
  const id = randomUUID();
  return { id, type: 'Noted', data: {}, metadata: sampleMetadata({ eventId: id }) };
};

/** The embedded store read as EventStoreDB's adapter reads: every event, filtered after. */
const filteringAsItReads = (store: EventStore) => {
  let visited = 0;
  const counting: EventStore = {
    ...store,
    async *readAll(options = {}) {
      const { filter, ...rest } = options;
      for await (const event of store.readAll(rest)) {
        visited += 1;
        const prefixes = filter?.streamPrefixes;
        if (prefixes && !prefixes.some((prefix) => event.streamName.startsWith(prefix))) continue;
        yield event;
      }
    },
  };
  return { store: counting, visited: () => visited };
};

describe('A log follower', () => {
  let dir: string;
  let file: SqliteEventStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gridline-follower-'));
    file = openSqliteEventStore({ path: join(dir, 'events.sqlite') });
  });
  afterEach(async () => {
    await file.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const appendOthers = async (count: number) => {
    for (let i = 0; i < count; i += 1) {
      await file.append(`note-${randomUUID()}`, [noted()], { expected: 'no_stream' });
    }
  };

  it('folds its own streams’ events, and starts the next catch-up where the log ended', async () => {
    const { store, visited } = filteringAsItReads(file);
    const follower = followLog<number, never>(store, 'org-', 0, (count, gained) => {
      return count + gained.length;
    });
    await file.append(orgStream('street-a'), [streetEstablished()], { expected: 'no_stream' });
    await appendOthers(200);
    expect(await follower.current()).toBe(1);
    const afterFirst = visited();

    await appendOthers(100);
    expect(await follower.current()).toBe(1);
    const afterSecond = visited();
    // The 100 new events and the last one already seen, never the 200 before them again.
    expect(afterSecond - afterFirst).toBeLessThanOrEqual(102);

    expect(await follower.current()).toBe(1);
    expect(visited() - afterSecond).toBeLessThanOrEqual(2);

    await file.append(orgStream('street-b'), [streetEstablished()], { expected: 'no_stream' });
    expect(await follower.current()).toBe(2);
  });
});
