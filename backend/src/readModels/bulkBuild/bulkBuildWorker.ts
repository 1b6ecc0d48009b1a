import { parentPort, workerData } from 'node:worker_threads';
import { projections } from '@gridline/projections';
import { openEventStore } from '../../eventStore/openEventStore.ts';
import { comparePositions, type Position, type SubscriptionItem } from '../../eventStore/port.ts';
import { decoderFor, filterFor, passedOver } from '../decodeForProjections.ts';
import {
  applyBatch,
  earliestCheckpoint,
  type Decoded,
  type ProjectionTarget,
} from '../projectionTarget.ts';
import { openReadModelFile } from '../readModelFile.ts';
import type { BulkBuildJob, BulkBuildMessage } from './bulkBuildJob.ts';

// A worker thread that builds read-model files from their checkpoints up to a position,
// on a core of its own: it reads the log through the same store, vault and decoding as
// the runner, applies batches with the runner's own `applyBatch`, and adds the deferred
// indexes at the end. The runner leaves these files alone meanwhile and serves reads
// from them through its own connections (WAL lets one writer and many readers share).

const job = workerData as BulkBuildJob;
const stop = new Int32Array(job.stop);
const post = (message: BulkBuildMessage) => parentPort!.postMessage(message);

const { store } = openEventStore(job.config);
const opened: ProjectionTarget[] = job.files.map(({ name, generation }) => {
  const projection = projections.find((candidate) => candidate.name === name);
  if (!projection) throw new Error(`No read model ${name}`);
  const file = openReadModelFile(job.folder, projection, generation);
  return { projection, writing: file, serving: file, failure: undefined };
});
let targets = opened;
const decode = decoderFor(targets.map((target) => target.projection));
const filter = filterFor(targets.map((target) => target.projection));

const apply = (batch: readonly Decoded[]): void => {
  const failed: ProjectionTarget[] = [];
  for (const target of targets) {
    const { name } = target.projection;
    const { generation } = target.writing;
    try {
      applyBatch(target, batch);
    } catch (error) {
      post({ kind: 'failed', name, generation, message: (error as Error).message });
      failed.push(target);
      continue;
    }
    const position = target.writing.checkpoint();
    if (position) post({ kind: 'progress', name, generation, position });
  }
  targets = targets.filter((target) => !failed.includes(target));
};

const from = (): 'start' | Position => earliestCheckpoint(targets) ?? 'start';

const stopped = () => Atomics.load(stop, 0) === 1;

// On the embedded store, a filtered subscription rather than a read: the store skips the
// types this group does not read unparsed, and reports how far it got after every page.
// EventStoreDB reports that only every so many events, which could leave the last ones
// unreported until the next append: there, the whole log is read.
const subscription =
  store.kind === 'sqlite' && filter
    ? store.subscribeToAll({ fromPosition: from(), filter })
    : undefined;
async function* items(): AsyncGenerator<SubscriptionItem> {
  if (subscription) yield* subscription;
  else {
    const start = from();
    for await (const event of store.readAll({ fromPosition: start })) {
      if (start === 'start' || comparePositions(event.position, start) > 0) {
        yield { kind: 'event', event };
      }
    }
  }
}

try {
  let batch: Decoded[] = [];
  for await (const item of items()) {
    const position = item.kind === 'event' ? item.event.position : item.position;
    if (comparePositions(position, job.until) > 0) break;
    batch.push(item.kind === 'event' ? decode(item.event) : passedOver(position));
    if (batch.length >= job.batchSize) {
      apply(batch);
      batch = [];
      if (stopped() || targets.length === 0) break;
    }
    if (comparePositions(position, job.until) === 0) break;
  }
  if (!stopped()) {
    apply(batch);
    for (const target of targets) {
      target.writing.createIndexes();
      post({ kind: 'built', name: target.projection.name, generation: target.writing.generation });
    }
  }
} finally {
  await subscription?.unsubscribe();
  for (const target of opened) target.writing.close();
  await store.close();
}
