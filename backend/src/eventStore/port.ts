// The event-store port: what every adapter (embedded SQLite, EventStoreDB) implements
// and what the contract suite in tests/contract checks. Semantics follow EventStoreDB
// so that moving between adapters changes nothing for callers.

/** Where an append expects the stream to be. Revisions are 0-based. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint;

/**
 * A global position in the log. Opaque to callers: compare with `comparePositions`,
 * store with `positionToString` / `positionFromString`, never do arithmetic on it
 * (EventStoreDB's positions are byte offsets, not counters).
 */
export interface Position {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export interface EventToAppend {
  /** A UUID. Appends are idempotent on it (see `append`). */
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
}

export interface RecordedEvent {
  readonly id: string;
  readonly type: string;
  readonly streamName: string;
  readonly revision: bigint;
  readonly position: Position;
  readonly data: unknown;
  readonly metadata: unknown;
  /** When the store recorded it (server clock). */
  readonly created: Date;
}

export interface AppendOptions {
  readonly expected: ExpectedRevision;
}

export interface AppendResult {
  readonly nextExpectedRevision: bigint;
  readonly position: Position;
}

export type Direction = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  readonly direction?: Direction;
  /** Inclusive. Defaults to 'start' forwards and 'end' backwards. */
  readonly fromRevision?: 'start' | 'end' | bigint;
  readonly maxCount?: number;
}

export interface SubscriptionFilter {
  /** Only events whose type is one of these. */
  readonly eventTypes?: readonly string[];
  /** Only events whose stream name starts with one of these. */
  readonly streamPrefixes?: readonly string[];
}

export interface ReadAllOptions {
  readonly direction?: Direction;
  /** Inclusive. Defaults to 'start' forwards and 'end' backwards. */
  readonly fromPosition?: 'start' | 'end' | Position;
  /** Counts the events read, not those the filter passes over. */
  readonly maxCount?: number;
  /**
   * Only the events that match. The embedded store finds streams by prefix through its
   * stream index, so a few streams' events cost what they are, not the whole log.
   */
  readonly filter?: SubscriptionFilter;
}

export interface SubscribeToAllOptions {
  /** Exclusive: the subscription delivers events after this position. Default 'start'. */
  readonly fromPosition?: 'start' | 'end' | Position;
  readonly filter?: SubscriptionFilter;
}

export type SubscriptionItem =
  | { readonly kind: 'event'; readonly event: RecordedEvent }
  /** Emitted while filtering so a consumer can save progress past skipped events. */
  | { readonly kind: 'checkpoint'; readonly position: Position };

export interface Subscription extends AsyncIterable<SubscriptionItem> {
  unsubscribe(): Promise<void>;
}

export interface EventStore {
  /** Which adapter this is, for health checks and logs: 'sqlite' or 'eventstoredb'. */
  readonly kind: string;
  /**
   * Appends atomically. Idempotent on event ids, with EventStoreDB's rules: if every id
   * is already in the stream at the place the expectation names, nothing is written and
   * the original result is returned; a partial overlap is a WrongExpectedVersionError.
   * How lasting that is differs. SQLite checks the stream itself under every expectation;
   * EventStoreDB does so only under an exact one ('no_stream' or a revision). Under 'any'
   * or 'stream_exists' it knows a retry only while the ids are in its in-memory cache
   * (8 MiB by default, emptied by a restart), and does not check their order. Callers that
   * count on retries being recognised append with an exact expectation, as commands do.
   * An empty batch is refused with a RangeError: there is nothing to append.
   *
   * Fails with WrongExpectedVersionError when the stream is not where `expected` says.
   * EventStoreDB may also answer StreamDeletedError (tombstoned), AppendTooLargeError or
   * EventTooLargeError (over its size limits; nothing written), or AppendOutcomeUnknownError
   * (a write timeout or a lost connection: maybe written, so reload and look for the ids).
   */
  append(
    streamName: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult>;
  /** Throws StreamNotFoundError if the stream has no events, StreamDeletedError if tombstoned. */
  readStream(streamName: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  /** Catch-up, then live. */
  subscribeToAll(options?: SubscribeToAllOptions): Subscription;
  close(): Promise<void>;
}

const compareBigints = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

/** Negative, zero or positive as `a` is before, at or after `b` in the log. */
export const comparePositions = (a: Position, b: Position): number =>
  compareBigints(a.commit, b.commit) || compareBigints(a.prepare, b.prepare);

export const positionToString = (position: Position): string =>
  `${position.commit}/${position.prepare}`;

export const positionFromString = (text: string): Position => {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (!match?.[1] || !match[2]) throw new TypeError(`Not a position: ${JSON.stringify(text)}`);
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
};
