import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Config } from '../../config.ts';
import type { Position } from '../../eventStore/port.ts';
import type { ProjectionTarget } from '../projectionTarget.ts';
import { groupByCost } from './bulkBuildGroups.ts';
import type { BulkBuildJob, BulkBuildMessage } from './bulkBuildJob.ts';

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
  /** A worker ended; `unfinished`: what it stopped building early (on request). */
  ended(unfinished: readonly { readonly name: string; readonly generation: number }[]): void;
}

interface Running {
  readonly names: Set<string>;
  readonly stop: Int32Array;
  readonly ended: Promise<void>;
}

const workerFile = new URL('./bulkBuildWorker.ts', import.meta.url);

/**
 * Builds read models from position 0 in worker threads, one group of read models per
 * core, each group reading the log once (bulkBuildWorker.ts).
 */
export const bulkBuilds = (
  options: BulkBuildOptions & { readonly folder: string; readonly batchSize: number },
  on: BulkBuildEvents,
) => {
  const running = new Set<Running>();
  const workers = options.workers ?? availableParallelism();

  const spawn = (targets: readonly ProjectionTarget[], until: Position): void => {
    const stop = new SharedArrayBuffer(4);
    const generations = new Map(
      targets.map((target) => [target.projection.name, target.writing.generation]),
    );
    const job: BulkBuildJob = {
      config: options.config,
      folder: options.folder,
      files: [...generations].map(([name, generation]) => ({ name, generation })),
      until,
      batchSize: options.batchSize,
      stop,
    };
    const worker = new Worker(workerFile, { workerData: job });
    const names = new Set(generations.keys());
    const ended = new Promise<void>((resolve) => {
      worker.on('message', (message: BulkBuildMessage) => {
        if (message.kind === 'progress') {
          on.progress(message.name, message.generation, message.position);
          return;
        }
        names.delete(message.name);
        if (message.kind === 'built') on.built(message.name, message.generation);
        else on.failed(message.name, message.generation, message.message);
      });
      worker.on('error', (error) => {
        // The thread died (its store would not open, say): what it held goes back in line.
        for (const name of names) on.failed(name, generations.get(name)!, error.message);
        names.clear();
      });
      worker.on('exit', () => {
        // Stopped early: the files keep their checkpoints, and a later build resumes there.
        const unfinished = [...names].map((name) => ({ name, generation: generations.get(name)! }));
        names.clear();
        running.delete(entry);
        on.ended(unfinished);
        resolve();
      });
    });
    const entry: Running = { names, stop: new Int32Array(stop), ended };
    running.add(entry);
  };

  return {
    minimumLag: options.minimumLag ?? 50_000,

    building: (name: string): boolean => [...running].some((entry) => entry.names.has(name)),

    start(targets: readonly ProjectionTarget[], until: Position): void {
      const byName = new Map(targets.map((target) => [target.projection.name, target]));
      const groups = groupByCost(
        targets.map((target) => ({
          name: target.projection.name,
          cost: target.projection.replayCost ?? 1,
        })),
        workers,
      );
      for (const group of groups)
        spawn(
          group.map((name) => byName.get(name)!),
          until,
        );
    },

    /** Stops the worker building `name` (with the rest of its group) after its batch. */
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
