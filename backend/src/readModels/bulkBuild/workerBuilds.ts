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
  /**
   * A worker handed read models back (built, failed or stopped): the runner restarts its
   * subscription, and takes them back (`takeBack`) as it does.
   */
  readonly handedBack: () => void;
}

/**
 * The runner's side of building read models in worker threads: which files a worker holds
 * (the runner leaves those alone), handing over the ones far behind, and taking back the
 * ones a worker finished, stopped or could not build.
 */
export const workerBuilds = (options: WorkerBuildsOptions) => {
  const { targets } = options;
  /** Read models a worker could not build, by generation: applied in line from then on. */
  const failed = new Map<string, number>();
  /**
   * Read models in a worker, with the generation of the file it writes. They stay here
   * after the worker hands them back, until the runner's next subscription takes them:
   * the one running was set up without them (from a later position, with a filter), and
   * what it delivers would move their checkpoints past events they never saw.
   */
  const inWorker = new Map<string, number>();
  const returned = new Set<string>();
  const handBack = (name: string, generation: number) => {
    if (inWorker.get(name) !== generation) return;
    returned.add(name);
    options.handedBack();
  };
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
      handBack(name, generation);
    },
    failed: (name, generation, message) => {
      writingFile(name, generation)?.refresh();
      failed.set(name, generation);
      options.log(`read model ${name} goes on in line: its worker stopped (${message})`);
      handBack(name, generation);
    },
    ended: (unfinished) => {
      for (const { name, generation } of unfinished) handBack(name, generation);
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
        const held = target.writing.checkpoint()?.commit ?? 0n;
        return (
          options.bulkable(name) &&
          !inWorker.has(name) &&
          failed.get(name) !== target.writing.generation &&
          target.writing.indexesDeferred() &&
          // Far behind; or holding so much that creating its indexes would stall the
          // server's thread (a build stopped short of the head, say).
          (behind >= BigInt(builds.minimumLag) || held >= BigInt(builds.minimumLag))
        );
      });
      if (far.length === 0) return;
      for (const target of far) inWorker.set(target.projection.name, target.writing.generation);
      builds.start(far, head);
    },

    /** Read models handed back since the last call are the runner's again: their names. */
    takeBack(): string[] {
      const taken = [...returned];
      for (const name of taken) inWorker.delete(name);
      returned.clear();
      return taken;
    },

    /** A rebuild of `name` starts: the worker on its old file stops after its batch. */
    abandon(name: string): void {
      builds.abandon(name);
      inWorker.delete(name);
      returned.delete(name);
    },

    stop: () => builds.stop(),
  };
};
