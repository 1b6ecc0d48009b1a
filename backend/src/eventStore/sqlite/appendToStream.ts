import type Database from 'better-sqlite3';
import { WrongExpectedVersionError } from '../errors.ts';
import type { AppendResult, ExpectedRevision, Position } from '../port.ts';
import { canonicalJson, eventHash, genesisHash } from './hashChain.ts';
import { lastEventOf } from './logHead.ts';

/** An event already turned into the text that is stored and hashed. */
export interface SerialisedEvent {
  readonly id: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
}

/**
 * Serialising before the write transaction means a value JSON cannot hold fails only
 * its own append, never the group it would have been committed with.
 */
export const serialise = (event: {
  id: string;
  type: string;
  data: unknown;
  metadata: unknown;
}): SerialisedEvent => ({
  id: event.id,
  type: event.type,
  data: canonicalJson(event.data ?? null),
  metadata: canonicalJson(event.metadata ?? null),
});

interface StreamHead {
  last_revision: number;
}

export const sqlitePosition = (position: number): Position => ({
  commit: BigInt(position),
  prepare: BigInt(position),
});

/**
 * Prepared statements for one append, run inside the caller's transaction.
 * Kept apart from the store so the group-commit loop stays readable.
 */
export const streamAppender = (db: Database.Database) => {
  const head = db.prepare<[string], StreamHead>(
    'SELECT last_revision FROM streams WHERE stream_name = ?',
  );
  const findIds = db.prepare<
    [string, string],
    { revision: number; position: number; event_id: string }
  >(
    'SELECT revision, position, event_id FROM events WHERE stream_name = ? AND event_id IN (SELECT value FROM json_each(?)) ORDER BY revision',
  );
  const insert = db.prepare(
    `INSERT INTO events (position, stream_name, revision, event_id, type, data, metadata, created, prev_hash, hash)
     VALUES (@position, @stream_name, @revision, @event_id, @type, @data, @metadata, @created, @prev_hash, @hash)`,
  );
  const lastEvent = lastEventOf(db);
  // The highest position ever handed out, even if that event is gone since.
  const highestPosition = db.prepare<[], { seq: number }>(
    "SELECT seq FROM sqlite_sequence WHERE name = 'events'",
  );
  const upsertHead = db.prepare(
    `INSERT INTO streams (stream_name, last_revision, last_hash) VALUES (?, ?, ?)
     ON CONFLICT (stream_name) DO UPDATE SET last_revision = excluded.last_revision, last_hash = excluded.last_hash`,
  );

  const meets = (expected: ExpectedRevision, current: number | undefined): boolean => {
    if (expected === 'any') return true;
    if (expected === 'no_stream') return current === undefined;
    if (expected === 'stream_exists') return current !== undefined;
    return current !== undefined && BigInt(current) === expected;
  };

  /**
   * EventStoreDB's idempotency: the same ids, in order, at the place the expectation
   * names, mean "already written". Anything else touching those ids is a conflict.
   */
  const alreadyWritten = (
    streamName: string,
    events: readonly SerialisedEvent[],
    expected: ExpectedRevision,
  ): AppendResult | 'none' | 'conflict' => {
    const found = findIds.all(streamName, JSON.stringify(events.map((event) => event.id)));
    if (found.length === 0) return 'none';
    const first = found[0]!.revision;
    const sameEventsInOrder =
      found.length === events.length &&
      found.every(
        (row, index) => row.revision === first + index && row.event_id === events[index]!.id,
      );
    const atExpectedPlace =
      expected === 'any' ||
      expected === 'stream_exists' ||
      (expected === 'no_stream' ? first === 0 : BigInt(first) === expected + 1n);
    if (!sameEventsInOrder || !atExpectedPlace) return 'conflict';
    const last = found[found.length - 1]!;
    return { nextExpectedRevision: BigInt(last.revision), position: sqlitePosition(last.position) };
  };

  return (
    streamName: string,
    events: readonly SerialisedEvent[],
    expected: ExpectedRevision,
    created: string,
  ): AppendResult => {
    const current = head.get(streamName);
    const currentRevision = current?.last_revision;
    const previous = alreadyWritten(streamName, events, expected);
    if (previous === 'conflict' || (previous === 'none' && !meets(expected, currentRevision))) {
      throw new WrongExpectedVersionError(
        streamName,
        expected,
        currentRevision === undefined ? 'no_stream' : BigInt(currentRevision),
      );
    }
    if (previous !== 'none') return previous;

    // The position is chosen here, not left to AUTOINCREMENT, because the hash covers it.
    const tail = lastEvent();
    let position = Math.max(highestPosition.get()?.seq ?? 0, tail?.position ?? 0);
    let prevHash = tail?.hash ?? genesisHash;
    let revision = currentRevision ?? -1;
    for (const event of events) {
      revision += 1;
      position += 1;
      const row = {
        position,
        stream_name: streamName,
        revision,
        event_id: event.id,
        type: event.type,
        data: event.data,
        metadata: event.metadata,
        created,
        prev_hash: prevHash,
        hash: '',
      };
      row.hash = eventHash(prevHash, row);
      insert.run(row);
      prevHash = row.hash;
    }
    upsertHead.run(streamName, revision, prevHash);
    return { nextExpectedRevision: BigInt(revision), position: sqlitePosition(position) };
  };
};
