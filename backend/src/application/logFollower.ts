import {
  decodeEvent,
  eventMetadataSchema,
  type EventMetadata,
  type GridlineEvent,
} from '@gridline/events';
import { comparePositions, type EventStore, type Position } from '../eventStore/port.ts';
import { readable } from '../eventStore/unreadableJson.ts';

/** An event of the followed streams, decoded to its current version, with its envelope. */
export interface FollowedEvent<Event extends GridlineEvent = GridlineEvent> {
  readonly event: Event;
  readonly metadata: EventMetadata;
  readonly streamName: string;
  readonly position: Position;
}

export interface LogFollower<View> {
  /** The view with every event the log holds now folded in. */
  current(): Promise<View>;
}

/**
 * Keeps a view of the streams under `streamPrefix` in memory and, before each use, folds
 * whatever the log gained since the last use — catch up from a position, decode and
 * upcast, apply — so a reader always sees what was written a moment ago. Catch-ups run
 * one at a time, and each caller gets one that started after it asked, so nobody is
 * handed a fold that began before their own write.
 */
export const followLog = <View, Event extends GridlineEvent>(
  store: EventStore,
  streamPrefix: string,
  initial: View,
  apply: (view: View, gained: readonly FollowedEvent<Event>[]) => View,
): LogFollower<View> => {
  let view = initial;
  let seen: Position | undefined;

  const catchUp = async (): Promise<View> => {
    const gained: FollowedEvent<Event>[] = [];
    // Where the log ends now: the next catch-up starts there even when none of the events
    // up to it were the followed streams' (else every one re-read from the last of theirs).
    let head: Position | undefined;
    for await (const last of store.readAll({ direction: 'backwards', maxCount: 1 })) {
      head = last.position;
    }
    // Only the followed streams are read: the store finds them without reading the rest
    // (folding ten million events for a few hundred reveals took minutes).
    const filter = { streamPrefixes: [streamPrefix] };
    for await (const record of store.readAll(seen ? { fromPosition: seen, filter } : { filter })) {
      // readAll starts at the position it is given; that event was folded last time.
      if (seen && comparePositions(record.position, seen) <= 0) continue;
      seen = record.position;
      if (!record.streamName.startsWith(streamPrefix)) continue;
      const metadata = eventMetadataSchema.parse(readable(record.metadata));
      const event = decodeEvent(
        record.type,
        metadata.schemaVersion,
        readable(record.data),
        metadata,
      );
      gained.push({
        event: event as Event,
        metadata,
        streamName: record.streamName,
        position: record.position,
      });
    }
    if (head && (!seen || comparePositions(head, seen) > 0)) seen = head;
    if (gained.length > 0) view = apply(view, gained);
    return view;
  };

  let running: Promise<View> | undefined;
  let next: Promise<View> | undefined;
  const current = (): Promise<View> => {
    if (!running) {
      running = catchUp().finally(() => (running = undefined));
      return running;
    }
    // Everyone who asks while a catch-up runs shares the one that starts after it, which
    // is still after their own writes.
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = undefined;
        return current();
      });
    return next;
  };
  return { current };
};
