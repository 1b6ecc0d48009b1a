import type { Position } from '../../eventStore/port.ts';
import type { ProjectionTarget } from '../projectionTarget.ts';
import { bulkBuilds, type BulkBuildOptions } from './bulkBuilds.ts';

interface WorkerBuildsOptions extends BulkBuildOptions {
  readonly folder: string;
  readonly batchSize: number;
  readonly targets: ReadonlyMap<string, ProjectionTarget>;
  /** Whether a read model may be built by a worker at all. */
  readonly bulkable: (name: string) => boolean;
  readonly log: (message: string) => void;
  /** A worker committed a batch: waits on positions may be over. */
  readonly progressed: () => void;
  /** A worker ended: the runner follows on from wherever its files got to. */
  readonly ended: () => void;
}

/**
 * The runner's side of building read models in worker threads: which files a worker holds
 * (the runner leaves those alone), handing over the ones far behind, and taking back the
 * ones a worker finished, stopped or could not build.
 */
export const workerBuilds = (options: WorkerBuildsOptions) => {
  const { targets } = options;
  /** Read models a worker could not build: the runner applies them in line from then on. */
  const failed = new Set<string>();
  /** Read models in a worker now, with the generation of the file it writes. */
  const inWorker = new Map<string, number>();
  /** The file `name` writes, if it is still generation `generation`. */
  const writingFile = (name: string, generation: number) => {
    const file = targets.get(name)?.writing;
    return file?.generation === generation ? file : undefined;
  };
  const builds = bulkBuilds(options, {
    progress: (name, generation) => {
      writingFile(name, generation)?.refresh();
      options.progressed();
    },
    built: (name, generation) => {
      writingFile(name, generation)?.refresh();
      if (inWorker.get(name) === generation) inWorker.delete(name);
    },
    failed: (name, generation, message) => {
      writingFile(name, generation)?.refresh();
      if (inWorker.get(name) === generation) inWorker.delete(name);
      failed.add(name);
      options.log(`read model ${name} goes on in line: its worker stopped (${message})`);
    },
    ended: (unfinished) => {
      for (const { name, generation } of unfinished) {
        if (inWorker.get(name) === generation) inWorker.delete(name);
      }
      options.ended();
    },
  });

  return {
    building: (target: ProjectionTarget): boolean =>
      inWorker.get(target.projection.name) === target.writing.generation,

    /** Hands the read models built from position 0 and far behind `head` to workers. */
    start(head: Position): void {
      const far = [...targets.values()].filter((target) => {
        const { name } = target.projection;
        const behind = head.commit - (target.writing.checkpoint()?.commit ?? 0n);
        return (
          options.bulkable(name) &&
          !inWorker.has(name) &&
          !failed.has(name) &&
          target.writing.indexesDeferred() &&
          behind >= BigInt(builds.minimumLag)
        );
      });
      if (far.length === 0) return;
      for (const target of far) inWorker.set(target.projection.name, target.writing.generation);
      builds.start(far, head);
    },

    /** A rebuild of `name` starts: the worker on its old file stops after its batch. */
    abandon(name: string): void {
      builds.abandon(name);
      inWorker.delete(name);
      failed.delete(name);
    },

    stop: () => builds.stop(),
  };
};
