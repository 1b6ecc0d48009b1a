import { deserialize, serialize } from 'node:v8';
import type { MessagePort } from 'node:worker_threads';
import type { Decoded } from '../projectionTarget.ts';
import type { PipelineMessage } from './bulkBuildJob.ts';

// The reader's batches to its followers. Each batch is serialized once (v8, as structured
// clone does: bigints and errors included) and its bytes posted to every follower. The
// reader stays at most `ahead` batches in front of the slowest follower still at work, so
// a slow follower holds the reader back instead of filling memory; a follower that ended
// (built, failed, stopped, or its thread died) is no longer waited for.

/**
 * The item as it can cross to a follower: v8 keeps an error's message only where it is the
 * error's own value, and zod's (an event's metadata that fails its schema) is a getter.
 */
const portable = (item: Decoded): Decoded => {
  if (item.ok) return item;
  const message = Object.getOwnPropertyDescriptor(item.error, 'message');
  if (message === undefined || 'value' in message) return item;
  return { ...item, error: new Error(item.error.message) };
};

/** Slot `slot`'s two Int32 cells in the flow buffer. */
const appliedCell = (slot: number) => slot * 2;
const endedCell = (slot: number) => slot * 2 + 1;

/** Slots for `followers` followers. */
export const flowBuffer = (followers: number): SharedArrayBuffer =>
  new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * 2 * Math.max(1, followers));

/** Marks a follower ended, waking a reader waiting on it (the runner does this on exit). */
export const markEnded = (flow: Int32Array, slot: number): void => {
  Atomics.store(flow, endedCell(slot), 1);
  Atomics.notify(flow, appliedCell(slot));
};

export const feedFollowers = (
  feeds: readonly MessagePort[],
  flow: Int32Array,
  stopped: () => boolean,
  ahead = 2,
) => {
  const sent = feeds.map(() => 0);
  const ended = (slot: number) => Atomics.load(flow, endedCell(slot)) === 1;
  /** Waits until the follower is fewer than `within` batches behind, or gone. */
  const waitFor = (slot: number, within: number): void => {
    for (;;) {
      const applied = Atomics.load(flow, appliedCell(slot));
      if (sent[slot]! - applied < within || ended(slot) || stopped()) return;
      // Timed, so that a stop is noticed even if nobody notifies.
      Atomics.wait(flow, appliedCell(slot), applied, 100);
    }
  };
  const post = (slot: number, message: PipelineMessage, transfer?: ArrayBuffer[]) => {
    if (ended(slot)) return;
    feeds[slot]!.postMessage(message, transfer);
    sent[slot]! += 1;
  };
  return {
    /** Whether any follower still applies what it is sent. */
    listening: (): boolean => feeds.some((_, slot) => !ended(slot)),

    send(batch: readonly Decoded[]): void {
      if (batch.length === 0 || !feeds.some((_, slot) => !ended(slot))) return;
      const bytes = serialize(batch.map(portable));
      feeds.forEach((_, slot) => {
        waitFor(slot, ahead);
        // The last follower may have the bytes themselves; the others get a copy.
        const last = feeds.findLastIndex((__, other) => !ended(other)) === slot;
        if (last && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) {
          post(slot, { kind: 'batch', bytes }, [bytes.buffer as ArrayBuffer]);
        } else post(slot, { kind: 'batch', bytes: Uint8Array.from(bytes) });
      });
    },

    /** Tells every follower the build reached its end. */
    end(): void {
      feeds.forEach((_, slot) => post(slot, { kind: 'end' }));
    },

    /** Waits until every follower has ended (or the build is stopped). */
    awaitEnded(): void {
      feeds.forEach((_, slot) => waitFor(slot, -Infinity));
    },

    /** Closes the ports: a follower not told the end stops where it is, unfinished. */
    close(): void {
      for (const port of feeds) port.close();
    },
  };
};

/**
 * A follower's side: applies each batch as it comes, counting it in the flow buffer.
 * Resolves `end` when the reader says the build is over, `closed` if the reader went away
 * first or `enough()` says to stop; then the follower is marked ended.
 */
export const followFeed = (
  source: MessagePort,
  flow: Int32Array,
  slot: number,
  apply: (batch: Decoded[]) => void,
  enough: () => boolean,
): Promise<'end' | 'closed'> =>
  new Promise((resolve) => {
    const done = (how: 'end' | 'closed') => {
      source.removeAllListeners();
      resolve(how);
    };
    source.on('message', (message: PipelineMessage) => {
      if (message.kind === 'end') {
        done('end');
        return;
      }
      apply(deserialize(message.bytes) as Decoded[]);
      Atomics.add(flow, appliedCell(slot), 1);
      Atomics.notify(flow, appliedCell(slot));
      if (enough()) done('closed');
    });
    source.on('close', () => done('closed'));
  });
