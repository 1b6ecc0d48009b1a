import { createHash } from 'node:crypto';

/** The hash the log's first event points back to. */
export const genesisHash = '0'.repeat(64);

/**
 * JSON with object keys sorted at every depth, so the same event always hashes the
 * same however its producer ordered the keys.
 */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : inner,
  );

/** The stored columns an event's hash covers. */
export interface ChainedFields {
  position: number;
  stream_name: string;
  revision: number;
  event_id: string;
  type: string;
  data: string;
  metadata: string;
  created: string;
}

/**
 * One chain over the whole log, in global order: SHA-256 over the previous event's hash
 * and the stored (canonical) event, its position and its place in its stream included.
 * Covering the position and revision is what makes a reorder or a renumbering visible,
 * not only an edit.
 */
export const eventHash = (prevHash: string, event: ChainedFields): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        prevHash,
        event.position,
        event.stream_name,
        event.revision,
        event.event_id,
        event.type,
        event.data,
        event.metadata,
        event.created,
      ]),
    )
    .digest('hex');
