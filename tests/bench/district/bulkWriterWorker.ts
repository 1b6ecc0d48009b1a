import { parentPort, workerData } from 'node:worker_threads';
import { openBulkLoader, type BulkEvent } from '@gridline/backend/eventStore/sqlite/bulkLoad.ts';

// The bulk loader on a thread of its own, so serialising, hashing and inserting one batch
// overlap deciding the next. A failure ends the thread, and the parent hears of it.

const loader = openBulkLoader(workerData as { path: string; signingKey?: string });
parentPort!.postMessage({ opened: true });
parentPort!.on('message', (message: { events: readonly BulkEvent[] } | 'close') => {
  if (message === 'close') {
    loader.close();
    parentPort!.postMessage({ closedAt: loader.position() });
    parentPort!.close();
    return;
  }
  loader.write(message.events);
  parentPort!.postMessage({ written: true });
});
