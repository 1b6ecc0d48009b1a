import { createHash } from 'node:crypto';

/** The hash a stream's first event points back to. */
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

export interface ChainedFields {
  stream_name: string;
  revision: number;
  event_id: string;
  type: string;
  data: string;
  metadata: string;
  created: string;
}

/** SHA-256 over the previous hash and the stored (canonical) event. */
export const chainHash = (prevHash: string, event: ChainedFields): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        prevHash,
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

export interface ChainVerification {
  readonly ok: boolean;
  readonly eventsChecked: number;
  /** The first revision whose hash or back-link does not match, when not ok. */
  readonly firstBrokenRevision?: bigint;
}

/**
 * Recomputes a stream's chain. With the stream's recorded head (last revision and hash),
 * a truncated tail is caught too: the chain must end exactly where the head says.
 */
export const verifyChain = (
  rows: Iterable<ChainedFields & { prev_hash: string; hash: string }>,
  head?: { last_revision: number; last_hash: string },
): ChainVerification => {
  let expectedPrev = genesisHash;
  let eventsChecked = 0;
  for (const row of rows) {
    if (
      row.revision !== eventsChecked ||
      row.prev_hash !== expectedPrev ||
      chainHash(row.prev_hash, row) !== row.hash
    ) {
      return { ok: false, eventsChecked, firstBrokenRevision: BigInt(row.revision) };
    }
    expectedPrev = row.hash;
    eventsChecked += 1;
  }
  if (head && (head.last_revision !== eventsChecked - 1 || head.last_hash !== expectedPrev)) {
    return { ok: false, eventsChecked, firstBrokenRevision: BigInt(eventsChecked) };
  }
  return { ok: true, eventsChecked };
};
