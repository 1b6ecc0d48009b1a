import { availableParallelism } from 'node:os';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { Config } from '../../config.ts';
import type { Position } from '../../eventStore/port.ts';
import { earliestCheckpoint, type ProjectionTarget } from '../projectionTarget.ts';
import { groupForPipeline } from './bulkBuildGroups.ts';
import type { BulkBuildJob, BulkBuildMessage } from './bulkBuildJob.ts';
import { flowBuffer, markEnded } from './pipelineFeed.ts';

export interface BulkBuildOptions {
  /** The server's configuration: workers open the same store with it. */
  readonly config: Config;
  /**
   * A read model built from position 0 goes to a worker when it is at least this many
   * events behind the log's head (positions, on EventStoreDB); closer, the runner's own
   * catch-up is quicker than starting a thread.
   */
  readonly minimumLag?: number;
  /** Worker threads at most; default: one per core. */
  readonly workers?: number;
}

export interface BulkBuildEvents {
  progress(name: string, generation: number, position: Position): void;
  built(name: string, generation: number): void;
  failed(name: string, generation: number, message: string): void;
  /** A build's workers all ended; `unfinished`: what they stopped building early (on request). */
  ended(unfinished: readonly { readonly name: string; readonly generation: number }[]): void;
}

interface Running {
  /** The read models the build still holds, in any of its workers. */
  readonly names: Set<string>;
  readonly stop: Int32Array;
  readonly ended: Promise<void>;
}

const workerFile = new URL('./bulkBuildWorker.ts', import.meta.url);

/**
 * What a worker's own part of a build costs, in `replayCost` units, measured on the sealed
 * 1M district (docs/benchmarks.md): reading, opening and decoding the log and serializing
 * each batch for the others, against taking a batch in.
 */
const pipelineCosts = { reading: 10.5, following: 3.1 };

/**
 * Builds read models from position 0 in worker threads, one group of read models per
 * core. One worker reads the log and sends each decoded batch on to the others
 * (bulkBuildWorker.ts, pipelineFeed.ts).
 */
export const bulkBuilds = (
  options: BulkBuildOptions & { readonly folder: string; readonly batchSize: number },
  on: BulkBuildEvents,
) => {
  const running = new Set<Running>();
  const workers = options.workers ?? availableParallelism();

  /** `groups[0]` reads the log; every other group follows it. */
  const spawn = (groups: readonly (readonly ProjectionTarget[])[], until: Position): void => {
    const stop = new SharedArrayBuffer(4);
    const followers = groups.length - 1;
    const flow = flowBuffer(followers);
    const channels = Array.from({ length: followers }, () => new MessageChannel());
    const all = groups.flat();
    const generations = new Map(
      all.map((target) => [target.projection.name, target.writing.generation]),
    );
    const names = new Set(generations.keys());
    /** Why the reading worker died: nobody builds the followers' read models without it. */
    let readerFailure: string | undefined;
    const base = {
      config: options.config,
      folder: options.folder,
      from: earliestCheckpoint(all) ?? 'start',
      until,
      batchSize: options.batchSize,
      stop,
      flow,
    };
    const filesOf = (group: readonly ProjectionTarget[]) =>
      group.map((target) => ({
        name: target.projection.name,
        generation: target.writing.generation,
      }));
    const start = (group: readonly ProjectionTarget[], job: BulkBuildJob, ports: MessagePort[]) => {
      let worker: Worker;
      try {
        worker = new Worker(workerFile, { workerData: job, transferList: ports });
      } catch (error) {
        // No thread (none left, no memory for one): as if it had died at once. Left in the
        // build, its read models would wait for it for ever.
        const message = `could not start a worker thread: ${(error as Error).message}`;
        if (job.role.kind === 'reader') readerFailure = message;
        else {
          markEnded(new Int32Array(flow), job.role.slot);
          job.role.source.close();
        }
        for (const { projection } of group) {
          names.delete(projection.name);
          on.failed(projection.name, generations.get(projection.name)!, message);
        }
        return Promise.resolve();
      }
      const mine = new Set(group.map((target) => target.projection.name));
      return new Promise<void>((resolve) => {
        worker.on('message', (message: BulkBuildMessage) => {
          if (message.kind === 'progress') {
            on.progress(message.name, message.generation, message.position);
            return;
          }
          mine.delete(message.name);
          names.delete(message.name);
          if (message.kind === 'built') on.built(message.name, message.generation);
          else on.failed(message.name, message.generation, message.message);
        });
        worker.on('error', (error) => {
          if (job.role.kind === 'reader') readerFailure = error.message;
          // The thread died (its store would not open, say): what it held goes back in line.
          for (const name of mine) {
            names.delete(name);
            on.failed(name, generations.get(name)!, error.message);
          }
          mine.clear();
        });
        worker.on('exit', () => {
          if (job.role.kind === 'follower') markEnded(new Int32Array(flow), job.role.slot);
          resolve();
        });
      });
    };
    const reader = start(
      groups[0]!,
      {
        ...base,
        files: filesOf(groups[0]!),
        role: {
          kind: 'reader',
          decodesFor: [...generations.keys()],
          feeds: channels.map((channel) => channel.port1),
        },
      },
      channels.map((channel) => channel.port1),
    );
    // Without a reader the followers would wait for batches for ever: not started, their
    // read models go on in line with the reader's reason (below).
    const following =
      readerFailure === undefined
        ? groups.slice(1).map((group, slot) =>
            start(
              group,
              {
                ...base,
                files: filesOf(group),
                role: { kind: 'follower', source: channels[slot]!.port2, slot },
              },
              [channels[slot]!.port2],
            ),
          )
        : [];
    if (readerFailure !== undefined) {
      for (const channel of channels)
        [channel.port1, channel.port2].forEach((port) => port.close());
    }
    const exits = [reader, ...following];
    const ended = Promise.all(exits).then(() => {
      const left = [...names].map((name) => ({ name, generation: generations.get(name)! }));
      names.clear();
      running.delete(entry);
      // The log could not be read: handed back unfinished, they would only be handed to the
      // next build, whose reader fails alike, for ever; in line they go on (or fail) there.
      if (readerFailure !== undefined) {
        for (const { name, generation } of left) on.failed(name, generation, readerFailure);
        on.ended([]);
        return;
      }
      // Stopped early: the files keep their checkpoints, and a later build resumes there.
      on.ended(left);
    });
    const entry: Running = { names, stop: new Int32Array(stop), ended };
    running.add(entry);
  };

  return {
    minimumLag: options.minimumLag ?? 50_000,

    building: (name: string): boolean => [...running].some((entry) => entry.names.has(name)),

    start(targets: readonly ProjectionTarget[], until: Position): void {
      const byName = new Map(targets.map((target) => [target.projection.name, target]));
      const groups = groupForPipeline(
        targets.map((target) => ({
          name: target.projection.name,
          cost: target.projection.replayCost ?? 1,
        })),
        workers,
        pipelineCosts,
      );
      spawn(
        groups.map((group) => group.map((name) => byName.get(name)!)),
        until,
      );
    },

    /** Stops the build holding `name` (every read model of it) after its batch. */
    abandon(name: string): void {
      for (const entry of running) if (entry.names.has(name)) Atomics.store(entry.stop, 0, 1);
    },

    async stop(): Promise<void> {
      for (const entry of running) Atomics.store(entry.stop, 0, 1);
      await Promise.all([...running].map((entry) => entry.ended));
    },
  };
};

export type BulkBuilds = ReturnType<typeof bulkBuilds>;
