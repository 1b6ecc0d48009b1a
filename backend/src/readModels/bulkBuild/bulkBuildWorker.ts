import { parentPort, workerData } from 'node:worker_threads';
import { projections, type Projection } from '@gridline/projections';
import { openEventStore } from '../../eventStore/openEventStore.ts';
import { comparePositions, type SubscriptionItem } from '../../eventStore/port.ts';
import { decoderFor, filterFor, passedOver } from '../decodeForProjections.ts';
import { applyBatch, type Decoded, type ProjectionTarget } from '../projectionTarget.ts';
import { openReadModelFile } from '../readModelFile.ts';
import type { BulkBuildJob, BulkBuildMessage } from './bulkBuildJob.ts';
import { feedFollowers, followFeed, markEnded } from './pipelineFeed.ts';

// A worker thread that builds read-model files from their checkpoints up to a position,
// on a core of its own, with the runner's own `applyBatch`, and adds the deferred indexes
// at the end. One worker of a build reads the log through the same store, vault and
// decoding as the runner, and sends each batch on to the others (pipelineFeed.ts). The
// runner leaves these files alone meanwhile and serves reads from them through its own
// connections (WAL lets one writer and many readers share).

const job = workerData as BulkBuildJob;
const stop = new Int32Array(job.stop);
const flow = new Int32Array(job.flow);
const post = (message: BulkBuildMessage) => parentPort!.postMessage(message);
const stopped = () => Atomics.load(stop, 0) === 1;

const projectionNamed = (name: string): Projection => {
  const projection = projections.find((candidate) => candidate.name === name);
  if (!projection) throw new Error(`No read model ${name}`);
  return projection;
};

const opened: ProjectionTarget[] = job.files.map(({ name, generation }) => {
  const projection = projectionNamed(name);
  const file = openReadModelFile(job.folder, projection, generation);
  return { projection, writing: file, serving: file, failure: undefined };
});
let targets = opened;

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

/** Built up to `until`: the indexes, then the runner may take the files back. */
const finish = (): void => {
  for (const target of targets) {
    target.writing.createIndexes();
    post({ kind: 'built', name: target.projection.name, generation: target.writing.generation });
  }
};

const readTheLog = async (role: Extract<BulkBuildJob['role'], { kind: 'reader' }>) => {
  const { store } = openEventStore(job.config);
  const all = role.decodesFor.map(projectionNamed);
  const decode = decoderFor(all);
  const filter = filterFor(all);
  const feed = feedFollowers(role.feeds, flow, stopped);
  // On the embedded store, a filtered subscription rather than a read: the store skips the
  // types this build does not read unparsed, and reports how far it got after every page.
  // EventStoreDB reports that only every so many events, which could leave the last ones
  // unreported until the next append: there, the whole log is read.
  const subscription =
    store.kind === 'sqlite' && filter
      ? store.subscribeToAll({ fromPosition: job.from, filter })
      : undefined;
  async function* items(): AsyncGenerator<SubscriptionItem> {
    if (subscription) yield* subscription;
    else {
      const start = job.from;
      for await (const event of store.readAll({ fromPosition: start })) {
        if (start === 'start' || comparePositions(event.position, start) > 0) {
          yield { kind: 'event', event };
        }
      }
    }
  }
  const applyAndSend = (batch: Decoded[]) => {
    apply(batch);
    feed.send(batch);
  };
  try {
    let batch: Decoded[] = [];
    for await (const item of items()) {
      const position = item.kind === 'event' ? item.event.position : item.position;
      if (comparePositions(position, job.until) > 0) break;
      batch.push(item.kind === 'event' ? decode(item.event) : passedOver(position));
      if (batch.length >= job.batchSize) {
        applyAndSend(batch);
        batch = [];
        if (stopped() || (targets.length === 0 && !feed.listening())) break;
      }
      if (comparePositions(position, job.until) === 0) break;
    }
    if (!stopped()) {
      applyAndSend(batch);
      feed.end();
      finish();
      // The followers' files are theirs to finish; this thread's ports stay open until then.
      feed.awaitEnded();
    }
  } finally {
    feed.close();
    await subscription?.unsubscribe();
    await store.close();
  }
};

const followTheReader = async (role: Extract<BulkBuildJob['role'], { kind: 'follower' }>) => {
  try {
    const how = await followFeed(
      role.source,
      flow,
      role.slot,
      apply,
      () => stopped() || targets.length === 0,
    );
    if (how === 'end' && !stopped()) finish();
  } finally {
    markEnded(flow, role.slot);
    role.source.close();
  }
};

try {
  if (job.role.kind === 'reader') await readTheLog(job.role);
  else await followTheReader(job.role);
} finally {
  for (const target of opened) target.writing.close();
}
