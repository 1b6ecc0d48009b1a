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
