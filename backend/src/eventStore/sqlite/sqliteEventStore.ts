import Database, { SqliteError } from 'better-sqlite3';
import { StreamNotFoundError } from '../errors.ts';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
  Subscription,
} from '../port.ts';
import { serialise, streamAppender, type SerialisedEvent } from './appendToStream.ts';
import { changeFeed } from './changeFeed.ts';
import { groupCommitter } from './groupCommit.ts';
import { verifyChain, type ChainVerification } from './hashChain.ts';
import { toRecordedEvent } from './rows.ts';
import { prepareSchema, type EventRow } from './schema.ts';
import { sqliteSubscription } from './sqliteSubscription.ts';

export interface SqliteEventStoreOptions {
  /** The database file; created if missing. */
  readonly path: string;
  /** How often live subscriptions look for commits made by other processes. */
  readonly pollIntervalMs?: number;
  /** Appends committed together at most; 1 turns group commit off (benchmark baseline). */
  readonly maxGroupSize?: number;
  /** Server clock for `created`; injectable for tests. */
  readonly now?: () => Date;
}

export interface SqliteEventStore extends EventStore {
  /** Recomputes a stream's hash chain from its stored events. */
  verifyStream(streamName: string): Promise<ChainVerification>;
}

const readAllPageSize = 1000;

const isExpectedRevision = (expected: unknown): boolean =>
  expected === 'any' ||
  expected === 'no_stream' ||
  expected === 'stream_exists' ||
  (typeof expected === 'bigint' && expected >= 0n);

export const openSqliteEventStore = (options: SqliteEventStoreOptions): SqliteEventStore => {
  // Other processes may hold the write lock (a CLI beside the server): wait, don't fail.
  const db = new Database(options.path, { timeout: 10_000 });
  prepareSchema(db);
  const now = options.now ?? (() => new Date());
  const appendToStream = streamAppender(db);
  const commits = groupCommitter(
    db,
    // An error inside one append's savepoint is that append's own (its writes are rolled
    // back), except SQLite's own failures other than constraints (disk full, I/O, busy),
    // which spoil the whole transaction.
    (error) => !(error instanceof SqliteError) || error.code.startsWith('SQLITE_CONSTRAINT'),
    options.maxGroupSize,
  );
  const feed = changeFeed(db, options.pollIntervalMs ?? 50);
  commits.onCommit(feed.announce);
  const subscriptions = new Set<Subscription>();

  const streamForwards = db.prepare<[string, number, number], EventRow>(
    'SELECT * FROM events WHERE stream_name = ? AND revision >= ? ORDER BY revision LIMIT ?',
  );
  const streamBackwards = db.prepare<[string, number, number], EventRow>(
    'SELECT * FROM events WHERE stream_name = ? AND revision <= ? ORDER BY revision DESC LIMIT ?',
  );
  const streamExists = db.prepare<[string], { last_revision: number }>(
    'SELECT last_revision FROM streams WHERE stream_name = ?',
  );
  const streamHead = db.prepare<[string], { last_revision: number; last_hash: string }>(
    'SELECT last_revision, last_hash FROM streams WHERE stream_name = ?',
  );
  const allForwards = db.prepare<[number, number], EventRow>(
    'SELECT * FROM events WHERE position >= ? ORDER BY position LIMIT ?',
  );
  const allBackwards = db.prepare<[number, number], EventRow>(
    'SELECT * FROM events WHERE position <= ? ORDER BY position DESC LIMIT ?',
  );
  const after = db.prepare<[number, number], EventRow>(
    'SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?',
  );
  const lastPosition = db.prepare<[], { position: number | null }>(
    'SELECT MAX(position) AS position FROM events',
  );
  const wholeStream = db.prepare<[string], EventRow>(
    'SELECT * FROM events WHERE stream_name = ? ORDER BY revision',
  );

  const limitOf = (maxCount: number | undefined): number => {
    if (maxCount === undefined) return Number.MAX_SAFE_INTEGER;
    if (!Number.isSafeInteger(maxCount) || maxCount < 0) {
      throw new RangeError(`maxCount must be a whole number ≥ 0, got ${maxCount}`);
    }
    return maxCount;
  };

  async function* readAll(readOptions: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    const forwards = (readOptions.direction ?? 'forwards') === 'forwards';
    const from = readOptions.fromPosition ?? (forwards ? 'start' : 'end');
    let cursor =
      from === 'start' ? 0 : from === 'end' ? Number.MAX_SAFE_INTEGER : Number(from.commit);
    let remaining = limitOf(readOptions.maxCount);
    while (remaining > 0) {
      const pageLimit = Math.min(readAllPageSize, remaining);
      const page = forwards
        ? allForwards.all(cursor, pageLimit)
        : allBackwards.all(cursor, pageLimit);
      for (const row of page) yield toRecordedEvent(row);
      remaining -= page.length;
      if (page.length < pageLimit) return;
      cursor = page[page.length - 1]!.position + (forwards ? 1 : -1);
    }
  }

  return {
    kind: 'sqlite',

    append(streamName: string, events: readonly EventToAppend[], { expected }: AppendOptions) {
      if (events.length === 0) {
        return Promise.reject(new RangeError('append needs at least one event'));
      }
      if (!isExpectedRevision(expected)) {
        return Promise.reject(new TypeError(`Not an expected revision: ${String(expected)}`));
      }
      let serialised: SerialisedEvent[];
      try {
        serialised = events.map(serialise);
      } catch (error) {
        return Promise.reject(error);
      }
      return commits.submit<AppendResult>(() =>
        appendToStream(streamName, serialised, expected, now().toISOString()),
      );
    },

    async readStream(streamName: string, readOptions: ReadStreamOptions = {}) {
      const head = streamExists.get(streamName);
      if (!head) throw new StreamNotFoundError(streamName);
      const forwards = (readOptions.direction ?? 'forwards') === 'forwards';
      const from = readOptions.fromRevision ?? (forwards ? 'start' : 'end');
      // 'end' is after the last event: nothing forwards, the last event backwards.
      const revision =
        from === 'start'
          ? 0
          : from === 'end'
            ? head.last_revision + (forwards ? 1 : 0)
            : Number(from);
      const limit = limitOf(readOptions.maxCount);
      const rows = forwards
        ? streamForwards.all(streamName, revision, limit)
        : streamBackwards.all(streamName, revision, limit);
      return rows.map(toRecordedEvent);
    },

    readAll,

    subscribeToAll(subscribeOptions: SubscribeToAllOptions = {}) {
      const from = subscribeOptions.fromPosition ?? 'start';
      const startAfter =
        from === 'start'
          ? 0
          : from === 'end'
            ? (lastPosition.get()?.position ?? 0)
            : Number(from.commit);
      const subscription = sqliteSubscription(
        {
          readAfter: (position, limit) => after.all(position, limit),
          changes: feed.changes,
          changedSince: feed.changedSince,
        },
        startAfter,
        subscribeOptions.filter,
      );
      subscriptions.add(subscription);
      return {
        [Symbol.asyncIterator]: () => subscription[Symbol.asyncIterator](),
        unsubscribe: async () => {
          subscriptions.delete(subscription);
          await subscription.unsubscribe();
        },
      };
    },

    async verifyStream(streamName: string) {
      return verifyChain(wholeStream.iterate(streamName), streamHead.get(streamName));
    },

    async close() {
      await commits.drained();
      await Promise.all([...subscriptions].map((subscription) => subscription.unsubscribe()));
      feed.stop();
      db.close();
    },
  };
};
