import { positionToString, type Position } from '../eventStore/port.ts';
import type { ProjectionTarget } from './projectionTarget.ts';

export type ProjectionState = 'catching_up' | 'live' | 'rebuilding' | 'failed';

export interface ProjectionStatus {
  readonly name: string;
  readonly version: number;
  readonly state: ProjectionState;
  /** The last event the serving read model holds. */
  readonly position: string | null;
  /** Events between that position and the log's head (positions, on EventStoreDB). */
  readonly lag: number;
  readonly error?: string;
}

/** How far a read model's serving file is, against the log's head as last seen. */
export const statusOf = (
  target: ProjectionTarget,
  head: Position | undefined,
): ProjectionStatus => {
  const checkpoint = target.serving.checkpoint();
  const behind = head === undefined ? 0 : Number(head.commit - (checkpoint?.commit ?? 0n));
  const state: ProjectionState = target.failure
    ? 'failed'
    : target.writing !== target.serving
      ? 'rebuilding'
      : target.serving.ready() && behind === 0
        ? 'live'
        : 'catching_up';
  return {
    name: target.projection.name,
    version: target.serving.version,
    state,
    position: checkpoint ? positionToString(checkpoint) : null,
    lag: Math.max(0, behind),
    ...(target.failure ? { error: target.failure.message } : {}),
  };
};
