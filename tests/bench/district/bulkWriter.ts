import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { BulkEvent } from '@gridline/backend/eventStore/sqlite/bulkLoad.ts';

/** Where the staged log sends its batches. */
export interface BatchSink {
  write(events: readonly BulkEvent[]): void;
  /** Resolves once few enough batches are waiting to be written. */
  ready(): Promise<void>;
  /** Writes what is left and closes the log; the position of its last event. */
  close(): Promise<number>;
}

/** Batches handed over but not yet written, at most: bounds the memory they hold. */
const maxInFlight = 4;

/**
 * The bulk loader (eventStore/sqlite/bulkLoad.ts) on a worker thread: batches are handed
 * over as they fill, and the generator waits only when the writer falls behind.
 */
export const bulkWriterThread = async (options: {
  readonly path: string;
  readonly signingKey?: string;
}): Promise<BatchSink> => {
  const worker = new Worker(new URL('./bulkWriterWorker.ts', import.meta.url), {
    workerData: { path: options.path, signingKey: options.signingKey },
  });
  let inFlight = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let closed: ((position: number) => void) | undefined;
  const opened = once(worker, 'message');
  worker.on('message', (message: { opened?: true; closedAt?: number }) => {
    if (message.opened) return;
    if (message.closedAt !== undefined) return closed?.(message.closedAt);
    inFlight -= 1;
    wake?.();
  });
  worker.on('error', (error) => {
    failure = error;
    wake?.();
  });
  // Rejects with the loader's own error when it cannot open the log (one that holds events).
  await opened;
  const check = () => {
    if (failure) throw new Error(`the bulk writer failed: ${failure.message}`, { cause: failure });
  };
  return {
    write(events) {
      check();
      inFlight += 1;
      worker.postMessage({ events });
    },
    async ready() {
      while (inFlight >= maxInFlight) {
        check();
        await new Promise<void>((resolve) => (wake = resolve));
      }
      check();
    },
    async close() {
      const position = new Promise<number>((resolve) => (closed = resolve));
      const ended = once(worker, 'exit');
      worker.postMessage('close');
      const result = await Promise.race([position, ended.then(() => NaN)]);
      check();
      await ended;
      return result;
    },
  };
};
