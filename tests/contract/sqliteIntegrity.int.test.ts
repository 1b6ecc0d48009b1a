import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openSqliteEventStore,
  type SqliteEventStore,
} from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';

const event = (index: number) => ({
  id: randomUUID(),
  type: 'Noted',
  data: { index },
  metadata: {},
});

// Guarantees of the embedded store beyond the shared contract: its hash chains and its
// refusal of malformed calls without harming anyone else's appends.
describe('The embedded store’s integrity checks', () => {
  let dir: string;
  let path: string;
  let store: SqliteEventStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gridline-integrity-'));
    path = join(dir, 'events.sqlite');
    store = openSqliteEventStore({ path });
    await store.append('chain', [event(0), event(1), event(2), event(3)], {
      expected: 'no_stream',
    });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const tamper = (sql: string) => {
    const db = new Database(path);
    db.exec(sql);
    db.close();
  };

  it('verifies an untouched chain', async () => {
    expect(await store.verifyStream('chain')).toEqual({ ok: true, eventsChecked: 4 });
  });

  it('names the first revision whose stored data was changed', async () => {
    tamper(`UPDATE events SET data = '{"index":99}' WHERE stream_name = 'chain' AND revision = 2`);
    expect(await store.verifyStream('chain')).toMatchObject({ ok: false, firstBrokenRevision: 2n });
  });

  it('notices a tail cut off the stream', async () => {
    tamper(`DELETE FROM events WHERE stream_name = 'chain' AND revision = 3`);
    expect(await store.verifyStream('chain')).toMatchObject({ ok: false, firstBrokenRevision: 3n });
  });

  it('refuses a malformed expectation without failing the appends committed with it', async () => {
    const outcomes = await Promise.allSettled([
      store.append('a', [event(0)], { expected: 'no_stream' }),
      store.append('b', [event(0)], { expected: 5 as never }),
      store.append('c', [event(0)], { expected: 'no_stream' }),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
  });

  it('refuses a negative maxCount instead of reading everything', async () => {
    await expect(store.readStream('chain', { maxCount: -1 })).rejects.toThrow(RangeError);
  });
});
