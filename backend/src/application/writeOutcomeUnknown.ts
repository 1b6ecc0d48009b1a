/**
 * The store could not say whether a command's events were written, and a reload did not
 * find them: they may still land. The client must reload and check before trying again.
 */
export class WriteOutcomeUnknown extends Error {
  override readonly name = 'WriteOutcomeUnknown';
  readonly streamName: string;

  constructor(streamName: string, options?: ErrorOptions) {
    super(
      `The event store did not confirm whether ${streamName} changed. Reload it and check ` +
        'before trying again; a retry with the same Idempotency-Key is always safe.',
      options,
    );
    this.streamName = streamName;
  }
}
