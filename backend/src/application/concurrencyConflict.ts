/** The client acted on a revision that is no longer current; it gets the current state. */
export class ConcurrencyConflict extends Error {
  override readonly name = 'ConcurrencyConflict';
  readonly streamName: string;
  readonly currentRevision: bigint | 'no_stream';
  readonly currentState: unknown;

  constructor(streamName: string, currentRevision: bigint | 'no_stream', currentState: unknown) {
    super(
      `${streamName} has changed: it is at revision ${String(currentRevision)} now. Reload and try again.`,
    );
    this.streamName = streamName;
    this.currentRevision = currentRevision;
    this.currentState = currentState;
  }
}
