/** An Idempotency-Key already used on this stream for a different request. */
export class IdempotencyKeyReused extends Error {
  override readonly name = 'IdempotencyKeyReused';
  readonly key: string;

  constructor(key: string) {
    super(
      `Idempotency-Key "${key}" was already used here for a different request; ` +
        'a new request needs a new key. Nothing was written.',
    );
    this.key = key;
  }
}
