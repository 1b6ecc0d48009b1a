import type { MessagePort } from 'node:worker_threads';
import type { Config } from '../../config.ts';
import type { Position } from '../../eventStore/port.ts';

// What the runner and a bulk-build worker tell each other. Everything crosses the thread
// boundary by structured clone (positions as bigints), so only plain data here.

/**
 * One worker reads the log for the whole build and sends each decoded batch on to the
 * others (pipelineFeed.ts): the log is read, its personal values opened and its events
 * decoded once, however many workers apply them.
 */
export type BulkBuildRole =
  | {
      readonly kind: 'reader';
      /** Every read model of the build, its own and its followers': what it decodes. */
      readonly decodesFor: readonly string[];
      /** One port per follower, in slot order. */
      readonly feeds: readonly MessagePort[];
    }
  | { readonly kind: 'follower'; readonly source: MessagePort; readonly slot: number };

export interface BulkBuildJob {
  /** The server's configuration: the reader opens the same store, vault and keys. */
  readonly config: Config;
  /** The read-model folder. */
  readonly folder: string;
  /** The files to build, by projection name and generation (always the current version). */
  readonly files: readonly { readonly name: string; readonly generation: number }[];
  /** Where the build's reading starts: the earliest checkpoint of all its files. */
  readonly from: Position | 'start';
  /** Build up to this position; the runner takes over from there. */
  readonly until: Position;
  readonly batchSize: number;
  /** Int32 flag the runner sets to 1 to stop every worker of the build between batches. */
  readonly stop: SharedArrayBuffer;
  /** Int32 pairs, one per follower: batches it has applied, and 1 once it has ended. */
  readonly flow: SharedArrayBuffer;
  readonly role: BulkBuildRole;
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

/** From the reader to a follower: a batch (v8-serialized `Decoded[]`), or the build's end. */
export type PipelineMessage =
  { readonly kind: 'batch'; readonly bytes: Uint8Array } | { readonly kind: 'end' };
