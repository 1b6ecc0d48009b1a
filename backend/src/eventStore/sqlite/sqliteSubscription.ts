import type { Subscription, SubscriptionFilter, SubscriptionItem } from '../port.ts';
import { passesFilter } from '../subscriptionFilter.ts';
import { sqlitePosition } from './appendToStream.ts';
import { toRecordedEvent } from './rows.ts';
import type { EventRow } from './schema.ts';

export interface SubscriptionSource {
  /** Up to `limit` events after `position`, oldest first. */
  readAfter(position: number, limit: number): EventRow[];
  /** A counter that moves on every commit seen, in this process or another. */
  changes(): number;
  /** Resolves once `changes()` has moved past `seen`, or when `signal` aborts. */
  changedSince(seen: number, signal: AbortSignal): Promise<void>;
}

const pageSize = 500;

/** Whether a stored row passes the filter (none: every row does). */
export const matches = (filter: SubscriptionFilter | undefined, row: EventRow): boolean =>
  passesFilter(filter, row.type, row.stream_name);

/**
 * Catch-up, then live: page through the log after the start position; when the end
 * is reached, wait for the next commit. Pulling one page at a time keeps memory flat
 * however far behind the consumer starts.
 */
export const sqliteSubscription = (
  source: SubscriptionSource,
  startAfter: number,
  filter: SubscriptionFilter | undefined,
): Subscription => {
  const stop = new AbortController();

  async function* items(): AsyncGenerator<SubscriptionItem> {
    let cursor = startAfter;
    while (!stop.signal.aborted) {
      const seen = source.changes();
      const page = source.readAfter(cursor, pageSize);
      let skippedSinceLastEvent = false;
      for (const row of page) {
        if (stop.signal.aborted) return;
        cursor = row.position;
        if (matches(filter, row)) {
          skippedSinceLastEvent = false;
          yield { kind: 'event', event: toRecordedEvent(row) };
        } else {
          skippedSinceLastEvent = true;
        }
      }
      // Progress past filtered-out events, so a consumer's checkpoint keeps moving.
      if (filter && skippedSinceLastEvent) {
        yield { kind: 'checkpoint', position: sqlitePosition(cursor) };
      }
      if (page.length < pageSize) await source.changedSince(seen, stop.signal);
    }
  }

  const iterator = items();
  return {
    [Symbol.asyncIterator]: () => iterator,
    unsubscribe: async () => {
      stop.abort();
      await iterator.return(undefined);
    },
  };
};
