import type { ExpectedRevision } from './port.ts';

/** The stream is not where the append expected it. */
export class WrongExpectedVersionError extends Error {
  override readonly name = 'WrongExpectedVersionError';
  readonly streamName: string;
  readonly expected: ExpectedRevision;
  /** The stream's current revision, or 'no_stream'. */
  readonly actual: bigint | 'no_stream';

  constructor(streamName: string, expected: ExpectedRevision, actual: bigint | 'no_stream') {
    super(`Stream ${streamName} was expected at ${String(expected)} but is at ${String(actual)}`);
    this.streamName = streamName;
    this.expected = expected;
    this.actual = actual;
  }
}

export class StreamNotFoundError extends Error {
  override readonly name = 'StreamNotFoundError';
  readonly streamName: string;

  constructor(streamName: string) {
    super(`Stream ${streamName} not found`);
    this.streamName = streamName;
  }
}

/** EventStoreDB only: the stream was tombstoned, and can never be read or written again. */
export class StreamDeletedError extends Error {
  override readonly name = 'StreamDeletedError';
  readonly streamName: string;

  constructor(streamName: string) {
    super(`Stream ${streamName} was deleted for good; it can be neither read nor written`);
    this.streamName = streamName;
  }
}

/**
 * The append is bigger than the store accepts in one request (EventStoreDB's
 * MaxAppendSize, 1 MiB by default). Nothing was written: split the batch below the limit.
 */
export class AppendTooLargeError extends Error {
  override readonly name = 'AppendTooLargeError';
  readonly streamName: string;
  /** The store's limit in bytes. */
  readonly maxAppendSize: number;

  constructor(streamName: string, maxAppendSize: number) {
    super(
      `An append to ${streamName} is over the store's limit of ${maxAppendSize} bytes; nothing was written`,
    );
    this.streamName = streamName;
    this.maxAppendSize = maxAppendSize;
  }
}

/** One event is bigger than the store accepts (EventStoreDB's MaxAppendEventSize). Nothing was written. */
export class EventTooLargeError extends Error {
  override readonly name = 'EventTooLargeError';
  readonly streamName: string;

  constructor(streamName: string) {
    super(`An event appended to ${streamName} is over the store's size limit; nothing was written`);
    this.streamName = streamName;
  }
}

/**
 * The store did not answer whether the append was written (a write timeout, a connection
 * lost mid-request): it may have been, or may still be. Reload the stream and check for
 * the events' ids before doing anything else.
 */
export class AppendOutcomeUnknownError extends Error {
  override readonly name = 'AppendOutcomeUnknownError';
  readonly streamName: string;

  constructor(streamName: string, options?: ErrorOptions) {
    super(
      `The append to ${streamName} may or may not have been written: reload the stream and check`,
      options,
    );
    this.streamName = streamName;
  }
}
