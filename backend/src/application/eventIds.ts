import { createHash, randomUUID } from 'node:crypto';

export interface Idempotency {
  readonly personId: string;
  readonly key: string;
  readonly streamName: string;
  /** A digest of the command as sent (commandFingerprint). */
  readonly request: string;
}

const digest = (seed: string): Buffer => createHash('sha256').update(seed).digest();

/**
 * Event ids for one command. With an Idempotency-Key an id is two halves: the first
 * derived from who sent the key, the key, the stream and the event's place in the
 * command; the second from all that and the request. A retried request produces the very
 * same ids, so the store's idempotent append writes nothing new; a different request
 * under the same key shares only the first half, which is how it is recognised; a key
 * reused on another stream repeats no id. Without a key the ids are random.
 */
export const eventIdsFor = (idempotency: Idempotency | undefined) => {
  if (!idempotency) return (): string => randomUUID();
  const { personId, key, streamName, request } = idempotency;
  return (index: number): string => {
    const keyed = `${personId}\n${key}\n${streamName}\n${index}`;
    return uuidOf(
      Buffer.concat([digest(keyed).subarray(0, 8), digest(`${keyed}\n${request}`).subarray(0, 8)]),
    );
  };
};

// The first half of the UUID's text: 8-4-4 hex digits, the version digit included.
const keyHalfLength = 18;

/** Whether two ids were made for the same key and place, whatever request each carried. */
export const sameKeyHalf = (id: string, other: string): boolean =>
  id.slice(0, keyHalfLength) === other.slice(0, keyHalfLength);

/** A UUID version 8 (RFC 9562, custom) built from a SHA-256 of the seed. */
export const uuidFrom = (seed: string): string => uuidOf(digest(seed).subarray(0, 16));

const uuidOf = (sixteenBytes: Buffer): string => {
  const bytes = Buffer.from(sixteenBytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
