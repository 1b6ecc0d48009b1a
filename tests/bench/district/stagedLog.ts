import { checkAgainstCatalogue } from '@gridline/backend/eventStore/catalogueGuard.ts';
import type { EventToAppend, Position } from '@gridline/backend/eventStore/port.ts';
import type { BulkEvent, BulkLoader } from '@gridline/backend/eventStore/sqlite/bulkLoad.ts';

// The generator's events on their way into the log: held in order and written a batch at
// a time, many streams per transaction, so the fixture costs one commit per batch instead
// of one per command. Positions are known at once: the log starts empty and only this
// writes to it.

export interface StagedLog {
  /** Queues the events; returns the position the last of them will have. */
  append(streamName: string, events: readonly EventToAppend[], created: string): Position;
  /** Writes whatever is queued. */
  flush(): void;
  /** Events queued so far, written or not. */
  count(): number;
}

export const stagedLog = (
  loader: BulkLoader,
  {
    batchSize = 20_000,
    checkEvery = 1,
    onWrite = () => {},
  }: {
    batchSize?: number;
    /** Checks every n-th event against the catalogue, as the store's guard checks each. */
    checkEvery?: number;
    /** Told the count of events in the log after each batch. */
    onWrite?: (events: number) => void;
  } = {},
): StagedLog => {
  let queued: BulkEvent[] = [];
  let count = 0;

  const flush = (): void => {
    if (queued.length === 0) return;
    loader.write(queued);
    queued = [];
    if (loader.position() !== count) {
      throw new Error(`the log is at ${loader.position()}, the generator at ${count}`);
    }
    onWrite(count);
  };

  return {
    append(streamName, events, created) {
      for (const event of events) {
        count += 1;
        if (count % checkEvery === 0) checkAgainstCatalogue(streamName, event);
        queued.push({ streamName, ...event, created });
      }
      if (queued.length >= batchSize) flush();
      return { commit: BigInt(count), prepare: BigInt(count) };
    },
    flush,
    count: () => count,
  };
};
