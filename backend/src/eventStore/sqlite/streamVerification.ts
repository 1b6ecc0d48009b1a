import { eventHash } from './hashChain.ts';
import type { EventRow } from './schema.ts';

export interface ChainVerification {
  readonly ok: boolean;
  readonly eventsChecked: number;
  /** The first revision that is missing, out of place or altered, when not ok. */
  readonly firstBrokenRevision?: bigint;
}

/**
 * One stream on its own: revisions 0, 1, 2… each hashing to its stored hash, ending
 * where the stream's recorded head says. The links between events belong to the
 * log-wide chain, which `verifySqliteLog` checks.
 */
export const verifyStreamRows = (
  rows: Iterable<EventRow>,
  head?: { last_revision: number; last_hash: string },
): ChainVerification => {
  let eventsChecked = 0;
  let lastHash: string | undefined;
  for (const row of rows) {
    if (row.revision !== eventsChecked || eventHash(row.prev_hash, row) !== row.hash) {
      return { ok: false, eventsChecked, firstBrokenRevision: BigInt(eventsChecked) };
    }
    lastHash = row.hash;
    eventsChecked += 1;
  }
  if (head && (head.last_revision !== eventsChecked - 1 || head.last_hash !== lastHash)) {
    return { ok: false, eventsChecked, firstBrokenRevision: BigInt(eventsChecked) };
  }
  return { ok: true, eventsChecked };
};
