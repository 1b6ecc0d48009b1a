import type { Config } from '../../config.ts';
import type { Position } from '../../eventStore/port.ts';

// What the runner and a bulk-build worker tell each other. Everything crosses the thread
// boundary by structured clone (positions as bigints), so only plain data here.

export interface BulkBuildJob {
  /** The server's configuration: the worker opens the same store, vault and keys. */
  readonly config: Config;
  /** The read-model folder. */
  readonly folder: string;
  /** The files to build, by projection name and generation (always the current version). */
  readonly files: readonly { readonly name: string; readonly generation: number }[];
  /** Build up to this position; the runner takes over from there. */
  readonly until: Position;
  readonly batchSize: number;
  /** Int32 flag the runner sets to 1 to stop the worker between batches. */
  readonly stop: SharedArrayBuffer;
}

export type BulkBuildMessage =
  | {
      readonly kind: 'progress';
      readonly name: string;
      readonly generation: number;
      readonly position: Position;
    }
  /** Built up to `until`, indexes and all. */
  | { readonly kind: 'built'; readonly name: string; readonly generation: number }
  /** Stopped on an event it cannot apply: the runner applies it in line from here. */
  | {
      readonly kind: 'failed';
      readonly name: string;
      readonly generation: number;
      readonly message: string;
    };
