import {
  decodeEvent,
  eventMetadataSchema,
  type EventMetadata,
  type GridlineEvent,
} from '@gridline/events';
import { StreamNotFoundError } from '../eventStore/errors.ts';
import type { EventStore, Position } from '../eventStore/port.ts';
import { readable } from '../eventStore/unreadableJson.ts';

/** A stored event brought to the current version of its type, with its envelope. */
export interface LoadedEvent<Event extends GridlineEvent = GridlineEvent> {
  readonly event: Event;
  readonly metadata: EventMetadata;
  readonly id: string;
  readonly revision: bigint;
  readonly position: Position;
}

export interface LoadedStream<Event extends GridlineEvent> {
  readonly events: LoadedEvent<Event>[];
  /** The last revision, or 'no_stream' when nothing was ever written to it. */
  readonly revision: bigint | 'no_stream';
}

/** Reads a whole stream, upcasting every event to its current version. */
export const loadStream = async <Event extends GridlineEvent>(
  store: EventStore,
  streamName: string,
): Promise<LoadedStream<Event>> => {
  try {
    const recorded = await store.readStream(streamName);
    const events = recorded.map((record) => {
      const metadata = eventMetadataSchema.parse(readable(record.metadata));
      return {
        // With its envelope: some upcasts read who wrote the event from it.
        event: decodeEvent(
          record.type,
          metadata.schemaVersion,
          readable(record.data),
          metadata,
        ) as Event,
        metadata,
        id: record.id,
        revision: record.revision,
        position: record.position,
      };
    });
    return { events, revision: recorded.at(-1)?.revision ?? 'no_stream' };
  } catch (error) {
    if (error instanceof StreamNotFoundError) return { events: [], revision: 'no_stream' };
    throw error;
  }
};
