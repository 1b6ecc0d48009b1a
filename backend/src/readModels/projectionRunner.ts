import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ProjectedEvent, Projection } from '@gridline/projections';
import {
  comparePositions,
  type EventStore,
  type Position,
  type Subscription,
} from '../eventStore/port.ts';
import { decoderFor, filterFor, passedOver } from './decodeForProjections.ts';
import {
  applyBatch,
  earliestCheckpoint,
  openTarget,
  promoteIfCaughtUp,
  startNextGeneration,
  type Decoded,
  type ProjectionTarget,
} from './projectionTarget.ts';
import type { BulkBuildOptions } from './bulkBuild/bulkBuilds.ts';
import { workerBuilds } from './bulkBuild/workerBuilds.ts';
import { statusOf, type ProjectionStatus } from './projectionStatus.ts';
import type { ReadModelFile } from './readModelFile.ts';
import { lastPositionOf } from './storeHead.ts';

export type { ProjectionState, ProjectionStatus } from './projectionStatus.ts';

export interface RunnerOptions {
  readonly store: EventStore;
  /** The `readmodels/` folder of the data directory. */
  readonly folder: string;
  readonly projections: readonly Projection[];
  /**
   * Events per transaction while catching up (live, a batch is what arrived meanwhile).
   * Large, because a batch writes each row once however many of its events changed it:
   * at 20,000 a case's row is written once for about four of its events, against once
   * per event at 1,000 (docs/benchmarks.md). The runner yields between read models, so
   * the server still answers within a fraction of a second.
   */
  readonly batchSize?: number;
  /** Back-off after the n-th failure in a row, in ms. */
  readonly backoff?: (attempt: number) => number;
  readonly log?: (message: string) => void;
  /**
   * Builds from position 0 in worker threads (bulkBuild/), for read models the
   * `projections` package exports; without it, every read model is applied in line.
   */
  readonly bulk?: BulkBuildOptions & {
    /** Read models always applied in line (the organisation, which commands fold). */
    readonly keepInLine?: readonly string[];
  };
}

type Listener = (events: readonly ProjectedEvent[]) => void;
/** Told the position a worker built a read model up to, as the runner takes it back. */
type TakenBackListener = (position: Position | undefined) => void;

const listen = <T>(sets: Map<string, Set<T>>, name: string, listener: T): (() => void) => {
  const set = sets.get(name) ?? new Set();
  set.add(listener);
  sets.set(name, set);
  return () => set.delete(listener);
};

const defaultBackoff = (attempt: number) => Math.min(60_000, 250 * 2 ** attempt);

/**
 * Follows the log into every read model: catch up from the stored checkpoints, decode and
 * upcast once, apply each batch to each read model in one transaction with its
 * checkpoint, then stay live. Yields to the event loop between batches, so the server
 * answers (health included) however long the catch-up.
 */
export const createProjectionRunner = (options: RunnerOptions) => {
  const { store, folder, batchSize = 20_000, backoff = defaultBackoff, log = () => {} } = options;
  const { bulk } = options;
  /** May go to a worker when built from position 0; indexes wait for the rows. */
  const bulkable = (name: string) => bulk !== undefined && !bulk.keepInLine?.includes(name);
  const targets = new Map(
    options.projections.map((projection) => [
      projection.name,
      openTarget(folder, projection, bulkable(projection.name)),
    ]),
  );
  const listeners = new Map<string, Set<Listener>>();
  const takenBackListeners = new Map<string, Set<TakenBackListener>>();
  const waiters = new Set<() => void>();
  let head: Position | undefined;
  let subscription: Subscription | undefined;
  let stopped = false;
  let restart = false;
  // Decoded as they arrive, so that catching up never decodes a whole batch in one go.
  let pending: Decoded[] = [];
  let flushScheduled = false;
  /** True while the catch-up lets requests in mid-batch: a batch is flushed only when full. */
  let yielding = false;
  let loopFailures = 0;
  let running: Promise<void> | undefined;

  const requestRestart = () => {
    restart = true;
    void subscription?.unsubscribe().catch(() => {});
  };

  const workers = bulk
    ? workerBuilds({
        ...bulk,
        folder,
        batchSize,
        targets,
        bulkable,
        log,
        progressed: () => {
          for (const wake of waiters) wake();
        },
        handedBack: requestRestart,
      })
    : undefined;
  /**
   * Files the running subscription was set up without: a new generation (a rebuild) starts
   * from position 0, which only the next subscription delivers.
   */
  const parked = new Set<ReadModelFile>();
  /** Whether the runner leaves the target's file alone: a worker builds it, or it waits. */
  const elsewhere = (target: ProjectionTarget) =>
    parked.has(target.writing) || (workers?.building(target) ?? false);

  const refreshHead = async () => {
    head = await lastPositionOf(store);
    for (const target of targets.values()) {
      if (!elsewhere(target)) promoteIfCaughtUp(folder, target, head);
    }
    for (const wake of waiters) wake();
  };

  const decode = decoderFor(options.projections);

  const tell = (target: ProjectionTarget, applied: readonly ProjectedEvent[]): void => {
    if (applied.length === 0) return;
    for (const listener of listeners.get(target.projection.name) ?? []) listener(applied);
  };

  const applyTo = (target: ProjectionTarget, batch: readonly Decoded[]): void => {
    if (elsewhere(target)) return;
    if (target.failure && Date.now() < target.failure.retryAt) return;
    try {
      const applied = applyBatch(target, batch);
      target.failure = undefined;
      tell(target, applied);
    } catch (error) {
      // Get as close to the bad event as possible, so only what needs it stays behind. What
      // goes in is told like any batch: the organisation directory folds it, live streams
      // send it.
      const applied: ProjectedEvent[] = [];
      for (const item of batch) {
        try {
          applied.push(...applyBatch(target, [item]));
        } catch {
          break;
        }
      }
      tell(target, applied);
      const attempts = (target.failure?.attempts ?? 0) + 1;
      target.failure = {
        message: (error as Error).message,
        attempts,
        retryAt: Date.now() + backoff(attempts),
      };
      log(`read model ${target.projection.name} failed: ${(error as Error).message}`);
      setTimeout(requestRestart, backoff(attempts)).unref();
    }
  };

  const flush = (): void => {
    if (yielding) {
      // The catch-up paused to let requests in, not because the log ran out: wait.
      setImmediate(flush);
      return;
    }
    flushScheduled = false;
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    for (const target of targets.values()) applyTo(target, batch);
    void refreshHead().catch(() => {});
  };

  /** A full catch-up batch, yielding to the event loop after each read model's share. */
  const flushInTurns = async (): Promise<void> => {
    flushScheduled = false;
    const batch = pending;
    pending = [];
    const files = [...targets.values()].map((target) => [target, target.writing] as const);
    for (const [target, file] of files) {
      await nextTurn();
      // A rebuild started meanwhile writes a new file, which the restart feeds from 0.
      if (target.writing === file) applyTo(target, batch);
    }
    void refreshHead().catch(() => {});
  };

  // Every read model in a worker: only what arrives from now on matters here.
  const startPosition = (): Position | 'start' | 'end' =>
    earliestCheckpoint([...targets.values()].filter((target) => !elsewhere(target))) ?? 'end';

  const follow = async (): Promise<void> => {
    while (!stopped) {
      restart = false;
      // What workers handed back and new generations join this subscription, and only it.
      for (const name of workers?.takeBack() ?? []) {
        const built = targets.get(name)!.writing.checkpoint();
        for (const listener of takenBackListeners.get(name) ?? []) listener(built);
      }
      parked.clear();
      await refreshHead().catch(() => {});
      if (head && !stopped) workers?.start(head);
      // The read models in line may read a few types only (the organisation, while the rest
      // are built in workers): the store skips the others unread.
      // Not on EventStoreDB: it reports progress past skipped events only every so many
      // events, which would hold the organisation short of the head between appends.
      const filter =
        store.kind === 'sqlite'
          ? filterFor(
              [...targets.values()].filter((target) => !elsewhere(target)).map((t) => t.projection),
            )
          : undefined;
      subscription = store.subscribeToAll({
        fromPosition: startPosition(),
        ...(filter && { filter }),
      });
      // A stop or restart asked for while this one was being set up (a worker ended, say).
      if (restart || stopped) void subscription.unsubscribe().catch(() => {});
      try {
        for await (const item of subscription) {
          pending.push(item.kind === 'event' ? decode(item.event) : passedOver(item.position));
          if (pending.length >= batchSize) {
            await flushInTurns();
            await nextTurn();
          } else {
            if (!flushScheduled) {
              flushScheduled = true;
              setImmediate(flush);
            }
            // Reading and decoding a catch-up batch takes a while: requests get their turn
            // every thousand events, not only between batches.
            if (pending.length % 1000 === 0) {
              yielding = true;
              await nextTurn();
              yielding = false;
            }
          }
          if (restart || stopped) break;
        }
        loopFailures = 0;
      } catch (error) {
        loopFailures += 1;
        log(`read models stopped following the log: ${(error as Error).message}; retrying`);
        await new Promise((resolve) => setTimeout(resolve, backoff(loopFailures)));
      } finally {
        flush();
        await subscription.unsubscribe().catch(() => {});
      }
    }
  };

  const positionOf = (file: ReadModelFile) => file.checkpoint();
  const reached = (file: ReadModelFile, position: Position) => {
    const checkpoint = positionOf(file);
    return checkpoint !== undefined && comparePositions(checkpoint, position) >= 0;
  };

  return {
    async start(): Promise<void> {
      await refreshHead();
      running = follow();
      // Planner statistics for the files that serve, one per turn once the server is up.
      for (const target of targets.values()) {
        setImmediate(() => {
          if (!stopped && !elsewhere(target)) target.serving.optimize();
        });
      }
    },

    /** Read-model files to query, by projection name: the ones that serve. */
    database(name: string) {
      const target = targets.get(name);
      if (!target) throw new Error(`No read model ${name}`);
      return target.serving.db;
    },

    /** The file the runner writes (for the organisation directory, which folds as it goes). */
    writingDatabase(name: string) {
      return targets.get(name)!.writing.db;
    },

    /** Why a read model stopped, while it is failed. */
    failure: (name: string) => targets.get(name)!.failure?.message,

    /** The last event applied to the file being written (a rebuild's progress). */
    writtenPosition: (name: string) => targets.get(name)!.writing.checkpoint(),

    /** Which generation is being written: it changes when a rebuild starts from 0. */
    writingGeneration: (name: string) => targets.get(name)!.writing.generation,

    /** Each batch the runner applies to the named read model (never what a worker applies). */
    onApplied: (name: string, listener: Listener) => listen(listeners, name, listener),

    /**
     * The runner takes the named read model back from a worker, which applied everything up
     * to the position given without `onApplied` hearing of it; the runner goes on after it.
     */
    onTakenBack: (name: string, listener: TakenBackListener) =>
      listen(takenBackListeners, name, listener),

    /**
     * Resolves true once the named read models (default: all) serve every event up to
     * `position`, false if `timeoutMs` passes first. `written` waits for the files being
     * written instead, which is what the organisation directory folds.
     */
    waitFor(
      position: Position,
      {
        names,
        timeoutMs = 5_000,
        written = false,
      }: { names?: readonly string[]; timeoutMs?: number; written?: boolean } = {},
    ): Promise<boolean> {
      const chosen = (names ?? [...targets.keys()]).map((name) => targets.get(name)!);
      // A file a worker builds counts once the worker has handed it back, indexes and all;
      // an older generation that serves meanwhile counts as it is.
      const done = () =>
        chosen.every((target) => {
          const file = written ? target.writing : target.serving;
          return (file !== target.writing || !elsewhere(target)) && reached(file, position);
        });
      if (done()) return Promise.resolve(true);
      return new Promise((resolve) => {
        const check = () => {
          if (!done()) return;
          finish(true);
        };
        const timer = setTimeout(() => finish(false), timeoutMs);
        const finish = (result: boolean) => {
          clearTimeout(timer);
          waiters.delete(check);
          resolve(result);
        };
        waiters.add(check);
      });
    },

    /** The log's head as last seen, for checking positions a client sends. */
    head: () => head,
    refreshHead,

    status: (): ProjectionStatus[] => [...targets.values()].map((target) => statusOf(target, head)),

    /** Rebuilds the named read models (default: all) from position 0 beside the ones serving. */
    rebuild(names?: readonly string[]): void {
      for (const name of names ?? [...targets.keys()]) {
        // A worker still building the old file stops after its batch; the new one starts.
        workers?.abandon(name);
        const target = targets.get(name)!;
        startNextGeneration(folder, target, bulkable(name));
        parked.add(target.writing);
      }
      requestRestart();
    },

    async stop(): Promise<void> {
      stopped = true;
      await subscription?.unsubscribe().catch(() => {});
      await running;
      await workers?.stop();
      for (const target of targets.values()) {
        target.writing.close();
        if (target.serving !== target.writing) target.serving.close();
      }
    },
  };
};

export type ProjectionRunner = ReturnType<typeof createProjectionRunner>;
