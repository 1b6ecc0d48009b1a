import Database, { SqliteError } from 'better-sqlite3';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  SubscribeToAllOptions,
  Subscription,
} from '../port.ts';
import { serialise, streamAppender, type SerialisedEvent } from './appendToStream.ts';
import { changeFeed } from './changeFeed.ts';
import { upgradeChain } from './chainUpgrade.ts';
import { groupCommitter } from './groupCommit.ts';
import { sqliteLogVerifier } from './integrity/sqliteLogVerifier.ts';
import type { LogVerifier } from '../logVerification.ts';
import { logHeadSealer } from './logHead.ts';
import { logSigner, signingKeyFor } from './logSigning.ts';
import { prepareSchema, type EventRow } from './schema.ts';
import { sqliteReads } from './sqliteReads.ts';
import { sqliteSubscription } from './sqliteSubscription.ts';
import { verifyStreamRows, type ChainVerification } from './streamVerification.ts';

export interface SqliteEventStoreOptions {
  /** The database file; created if missing. */
  readonly path: string;
  /** How often live subscriptions look for commits made by other processes. */
  readonly pollIntervalMs?: number;
  /** Appends committed together at most; 1 turns group commit off (benchmark baseline). */
  readonly maxGroupSize?: number;
  /** Server clock for `created`; injectable for tests. */
  readonly now?: () => Date;
  /**
   * The key that signs the log's head (GRIDLINE_LOG_SIGNING_KEY). Without it, the key
   * file beside the database, created on first open.
   */
  readonly signingKey?: string;
}

export interface SqliteEventStore extends EventStore {
  /** Checks one stream's events against their hashes and the stream's recorded head. */
  verifyStream(streamName: string): Promise<ChainVerification>;
  /** Checks the whole log: its chain, every stream, the signed head and checkpoints. */
  readonly verifier: LogVerifier;
}

const isExpectedRevision = (expected: unknown): boolean =>
  expected === 'any' ||
  expected === 'no_stream' ||
  expected === 'stream_exists' ||
  (typeof expected === 'bigint' && expected >= 0n);

export const openSqliteEventStore = (options: SqliteEventStoreOptions): SqliteEventStore => {
  // Other processes may hold the write lock (a CLI beside the server): wait, don't fail.
  const db = new Database(options.path, { timeout: 10_000 });
  prepareSchema(db);
  const signer = logSigner(signingKeyFor(options.path, options.signingKey, { create: true }));
  const sealHead = logHeadSealer(db, signer);
  upgradeChain(db, sealHead);
  const now = options.now ?? (() => new Date());
  const appendToStream = streamAppender(db);
  const commits = groupCommitter(
    db,
    // An error inside one append's savepoint is that append's own (its writes are rolled
    // back), except SQLite's own failures other than constraints (disk full, I/O, busy),
    // which spoil the whole transaction.
    (error) => !(error instanceof SqliteError) || error.code.startsWith('SQLITE_CONSTRAINT'),
    options.maxGroupSize,
    sealHead,
  );
  const feed = changeFeed(db, options.pollIntervalMs ?? 50);
  commits.onCommit(feed.announce);
  const subscriptions = new Set<Subscription>();
  const reads = sqliteReads(db);

  const streamHead = db.prepare<[string], { last_revision: number; last_hash: string }>(
    'SELECT last_revision, last_hash FROM streams WHERE stream_name = ?',
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

    readStream: reads.readStream,
    readAll: reads.readAll,

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
      return verifyStreamRows(wholeStream.iterate(streamName), streamHead.get(streamName));
    },

    verifier: sqliteLogVerifier(options.path, signer, db, now),

    async close() {
      await commits.drained();
      await Promise.all([...subscriptions].map((subscription) => subscription.unsubscribe()));
      feed.stop();
      db.close();
    },
  };
};
