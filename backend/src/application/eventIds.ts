import { createHash, randomUUID } from 'node:crypto';

export interface Idempotency {
  readonly personId: string;
  readonly key: string;
  readonly streamName: string;
}

/**
 * Event ids for one command. With an Idempotency-Key they are derived from the key, who
 * sent it and the stream, so a retried request produces the very same ids and the store's
 * idempotent append writes nothing new, while a key reused elsewhere never repeats an id
 * already in the log. Without a key they are random.
 */
export const eventIdsFor = (idempotency: Idempotency | undefined) =>
  idempotency
    ? (index: number): string =>
        uuidFrom(`${idempotency.personId}\n${idempotency.key}\n${idempotency.streamName}\n${index}`)
    : (): string => randomUUID();

/** A UUID version 8 (RFC 9562, custom) built from a SHA-256 of the seed. */
export const uuidFrom = (seed: string): string => {
  const bytes = createHash('sha256').update(seed).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
