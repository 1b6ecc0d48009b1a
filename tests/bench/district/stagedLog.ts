import { checkAgainstCatalogue } from '@gridline/backend/eventStore/catalogueGuard.ts';
import type { EventToAppend, Position } from '@gridline/backend/eventStore/port.ts';
import type { BulkEvent } from '@gridline/backend/eventStore/sqlite/bulkLoad.ts';
import type { BatchSink } from './bulkWriter.ts';

// The generator's events on their way into the log: held in order and handed to the
// writer a batch at a time, many streams per transaction, so the fixture costs one commit
// per batch instead of one per command. Positions are known at once: the log starts empty
// and only this writes to it (close checks that the log ends where the count does).

export interface StagedLog {
  /** Queues the events; returns the position the last of them will have. */
  append(streamName: string, events: readonly EventToAppend[], created: string): Position;
  /** Resolves when the writer has caught up enough to take more. */
  ready(): Promise<void>;
  /** Writes whatever is queued and closes the log. */
  close(): Promise<void>;
  /** Events queued so far, written or not. */
  count(): number;
}

export const stagedLog = (
  sink: BatchSink,
  {
    batchSize = 20_000,
    checkEvery = 1,
    onBatch = () => {},
    seal = (_streamName, event) => event,
  }: {
    batchSize?: number;
    /** Checks every n-th event against the catalogue, as the store's guard checks each. */
    checkEvery?: number;
    /** Told how many events were decided so far, each time a batch is handed over. */
    onBatch?: (events: number) => void;
    /** Seals residents' personal data, as the store's vault does for every append. */
    seal?: (streamName: string, event: EventToAppend) => EventToAppend;
  } = {},
): StagedLog => {
  let queued: BulkEvent[] = [];
  let count = 0;

  const flush = (): void => {
    if (queued.length === 0) return;
    sink.write(queued);
    queued = [];
    onBatch(count);
  };

  return {
    append(streamName, events, created) {
      for (const event of events) {
        count += 1;
        if (count % checkEvery === 0) checkAgainstCatalogue(streamName, event);
        queued.push({ streamName, ...seal(streamName, event), created });
      }
      if (queued.length >= batchSize) flush();
      return { commit: BigInt(count), prepare: BigInt(count) };
    },
    ready: () => sink.ready(),
    async close() {
      flush();
      const position = await sink.close();
      if (position !== count) {
        throw new Error(`the log ends at ${position}, but the generator wrote ${count} events`);
      }
    },
    count: () => count,
  };
};
