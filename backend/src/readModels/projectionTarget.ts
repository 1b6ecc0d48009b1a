import type { ProjectedEvent, Projection } from '@gridline/projections';
import { comparePositions, type Position } from '../eventStore/port.ts';
import {
  listReadModelFiles,
  openReadModelFile,
  removeReadModelFile,
  type ReadModelFile,
} from './readModelFile.ts';

/** One decoded event, or why it could not be decoded. */
export type Decoded =
  | { readonly ok: true; readonly projected: ProjectedEvent }
  | {
      readonly ok: false;
      readonly type: string;
      readonly position: Position;
      readonly error: Error;
    };

export interface Failure {
  readonly message: string;
  readonly attempts: number;
  readonly retryAt: number;
}

/**
 * What the runner keeps for one projection: the file it writes (the current version's
 * newest generation) and the file it serves reads from (the newest that caught up).
 */
export interface ProjectionTarget {
  readonly projection: Projection;
  writing: ReadModelFile;
  serving: ReadModelFile;
  failure: Failure | undefined;
}

/** `deferIndexes`: a file started now leaves its indexes for when its rows are in. */
export const openTarget = (
  folder: string,
  projection: Projection,
  deferIndexes = false,
): ProjectionTarget => {
  const files = listReadModelFiles(folder).filter((file) => file.name === projection.name);
  const newest = files.filter((file) => file.version === projection.version).at(-1);
  const generation = newest?.generation ?? (files.at(-1)?.generation ?? 0) + 1;
  const writing = openReadModelFile(folder, projection, generation, { deferIndexes });
  let serving = writing;
  if (!writing.ready()) {
    // Serve the newest older file that caught up, until the new one has.
    for (const file of files.toReversed()) {
      if (file.version > projection.version || file.generation === generation) continue;
      const candidate = openReadModelFile(folder, projection, file.generation, {
        version: file.version,
      });
      if (candidate.ready()) {
        serving = candidate;
        break;
      }
      candidate.close();
    }
  }
  for (const file of files) {
    const inUse = [writing, serving].some(
      (open) => open.generation === file.generation && open.version === file.version,
    );
    if (!inUse) removeReadModelFile(folder, file.file);
  }
  return { projection, writing, serving, failure: undefined };
};

/**
 * Where following the log must start to feed every one of these targets: the earliest
 * checkpoint, 'start' if any has none, undefined if there are no targets.
 */
export const earliestCheckpoint = (
  targets: Iterable<ProjectionTarget>,
): Position | 'start' | undefined => {
  let earliest: Position | undefined;
  for (const target of targets) {
    const checkpoint = target.writing.checkpoint();
    if (checkpoint === undefined) return 'start';
    if (earliest === undefined || comparePositions(checkpoint, earliest) < 0) earliest = checkpoint;
  }
  return earliest;
};

/** Starts the next generation beside the one that serves: a rebuild from position 0. */
export const startNextGeneration = (
  folder: string,
  target: ProjectionTarget,
  deferIndexes = false,
): void => {
  const next = openReadModelFile(folder, target.projection, target.writing.generation + 1, {
    deferIndexes,
  });
  if (target.writing !== target.serving) {
    const abandoned = target.writing;
    abandoned.close();
    removeReadModelFile(folder, abandoned.path.split('/').at(-1)!);
  }
  target.writing = next;
};

/** Once the file being written has caught up, it serves, and the older one goes. */
export const promoteIfCaughtUp = (
  folder: string,
  target: ProjectionTarget,
  head: Position | undefined,
): void => {
  const { writing } = target;
  const checkpoint = writing.checkpoint();
  const caughtUp =
    head === undefined || (checkpoint !== undefined && comparePositions(checkpoint, head) >= 0);
  if (!caughtUp) return;
  if (!writing.ready()) writing.markReady();
  if (target.serving !== writing) {
    const old = target.serving;
    target.serving = writing;
    old.close();
    removeReadModelFile(folder, old.path.split('/').at(-1)!);
  }
};

// A projection's event types as a set: asked once per event of every batch (the audit log
// reads some sixty types, and a list is searched one by one).
const typesRead = new WeakMap<Projection, ReadonlySet<string>>();
const readsType = (projection: Projection, type: string): boolean => {
  let types = typesRead.get(projection);
  if (!types) typesRead.set(projection, (types = new Set(projection.eventTypes)));
  return types.has(type);
};

/** Applies a batch to one target in one transaction; returns the events it projected. */
export const applyBatch = (
  target: ProjectionTarget,
  batch: readonly Decoded[],
): ProjectedEvent[] => {
  const { writing, projection } = target;
  const checkpoint = writing.checkpoint();
  const fresh = batch.filter((item) => {
    const position = item.ok ? item.projected.position : item.position;
    return checkpoint === undefined || comparePositions(position, checkpoint) > 0;
  });
  const last = fresh.at(-1);
  if (!last) return [];
  const applied: ProjectedEvent[] = [];
  try {
    writing.commit(
      () => {
        for (const item of fresh) {
          if (!item.ok) {
            if (readsType(projection, item.type)) {
              throw new Error(
                `Cannot read the event at ${item.position.commit}: ${item.error.message}`,
              );
            }
            continue;
          }
          if (!readsType(projection, item.projected.event.type)) continue;
          writing.writer.apply(projection.project(item.projected, writing.writer));
          applied.push(item.projected);
        }
        // The batch's rows, each written once however many of its events changed it.
        writing.writer.flush();
      },
      last.ok ? last.projected.position : last.position,
    );
  } catch (error) {
    // Rolled back: what was folded but not written belongs to nothing now.
    writing.writer.discard();
    throw error;
  }
  return applied;
};
