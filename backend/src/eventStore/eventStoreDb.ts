// The EventStoreDB adapter: a thin translation between the port and the official client.
// Everything client-specific stays in this file, so moving to @kurrent/kurrentdb-client
// (the same API under new names) touches nothing else.
import {
  ANY,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError as ClientStreamNotFoundError,
  WrongExpectedVersionError as ClientWrongExpectedVersionError,
  eventTypeFilter,
  excludeSystemEvents,
  jsonEvent,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type AppendExpectedRevision,
  type JSONType,
  type Position as ClientPosition,
  type ReadPosition,
  type RecordedEvent as ClientRecordedEvent,
} from '@eventstore/db-client';
import { StreamNotFoundError, WrongExpectedVersionError } from './errors.ts';
import {
  comparePositions,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type Position,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeToAllOptions,
  type Subscription,
  type SubscriptionItem,
} from './port.ts';

/** Pushed into the client's subscription stream so checkpoints keep their place among events. */
interface CheckpointMarker {
  readonly checkpoint: ClientPosition;
}

const clientExpectations = {
  any: ANY,
  no_stream: NO_STREAM,
  stream_exists: STREAM_EXISTS,
} as const;

const toClientExpected = (expected: ExpectedRevision): AppendExpectedRevision =>
  typeof expected === 'bigint' ? expected : clientExpectations[expected];

const toClientPosition = (from: 'start' | 'end' | Position): ReadPosition =>
  from === 'start' ? START : from === 'end' ? END : { commit: from.commit, prepare: from.prepare };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !ArrayBuffer.isView(value);

// EventStoreDB's own projections ($by_correlation_id) read these keys, so ours are copied there.
const toStoredMetadata = (metadata: unknown): unknown => {
  if (!isRecord(metadata)) return metadata;
  const stored: Record<string, unknown> = { ...metadata };
  if (typeof metadata['correlationId'] === 'string')
    stored['$correlationId'] = metadata['correlationId'];
  if (typeof metadata['causationId'] === 'string') stored['$causationId'] = metadata['causationId'];
  return stored;
};

// The client drops empty metadata; null keeps absent metadata the same as in the SQLite store.
const fromStoredMetadata = (metadata: unknown): unknown => {
  if (metadata === undefined) return null;
  if (!isRecord(metadata)) return metadata;
  const { $correlationId: _correlation, $causationId: _causation, ...rest } = metadata;
  return rest;
};

const toEventData = (event: EventToAppend) => {
  // The client serialises inside an async promise executor, where a throw is lost and the
  // append never settles, so payloads JSON can't hold are turned away here instead.
  const data = event.data ?? null;
  for (const value of [data, event.metadata ?? null]) {
    if (JSON.stringify(value) === undefined) throw new TypeError(`Event ${event.id} is not JSON`);
  }
  return jsonEvent({
    id: event.id,
    type: event.type,
    data: data as JSONType,
    metadata: toStoredMetadata(event.metadata),
  });
};

const toRecordedEvent = (event: ClientRecordedEvent): RecordedEvent => {
  if (!event.position) {
    throw new Error(
      `EventStoreDB sent ${event.streamId}@${event.revision} without its position (needs server 22.6+)`,
    );
  }
  return {
    id: event.id,
    type: event.type,
    streamName: event.streamId,
    revision: event.revision,
    position: { commit: event.position.commit, prepare: event.position.prepare },
    data: event.data,
    metadata: fromStoredMetadata(event.metadata),
    created: event.created,
  };
};

const isSystemEvent = (event: ClientRecordedEvent): boolean => event.type.startsWith('$');

export const openEventStoreDb = (connectionString: string): EventStore => {
  const client = EventStoreDBClient.connectionString(connectionString);
  const subscriptions = new Set<Subscription>();

  const readStream = async (
    streamName: string,
    options: ReadStreamOptions = {},
  ): Promise<RecordedEvent[]> => {
    const forwards = (options.direction ?? 'forwards') === 'forwards';
    const from = options.fromRevision ?? (forwards ? 'start' : 'end');
    if (forwards && from === 'end') {
      // 'end' is after the last event: nothing to read, but a missing stream must still throw.
      await readStream(streamName, { direction: 'backwards', maxCount: 1 });
      return [];
    }
    const events: RecordedEvent[] = [];
    try {
      const read = client.readStream(streamName, {
        direction: forwards ? FORWARDS : BACKWARDS,
        fromRevision: from === 'start' ? START : from === 'end' ? END : from,
        ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
      });
      for await (const resolved of read)
        if (resolved.event) events.push(toRecordedEvent(resolved.event));
    } catch (error) {
      if (error instanceof ClientStreamNotFoundError) throw new StreamNotFoundError(streamName);
      throw error;
    }
    return events;
  };

  async function* readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    const forwards = (options.direction ?? 'forwards') === 'forwards';
    const from = options.fromPosition ?? (forwards ? 'start' : 'end');
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    if (remaining <= 0 || (forwards && from === 'end')) return;
    // The port's `from` is inclusive in both directions; EventStoreDB reads backwards from
    // just before the position, so the event at it is fetched on its own.
    const fromEvent = typeof from === 'object' ? from : undefined;
    if (!forwards && fromEvent) {
      for await (const event of readAll({ fromPosition: fromEvent, maxCount: 1 })) {
        if (comparePositions(event.position, fromEvent) !== 0) break;
        yield event;
        remaining -= 1;
      }
    }
    // System events don't count against maxCount, so the limit is applied here, not by the server.
    if (remaining <= 0) return;
    const read = client.readAll({
      direction: forwards ? FORWARDS : BACKWARDS,
      fromPosition: toClientPosition(from),
    });
    try {
      for await (const resolved of read) {
        const event = resolved.event;
        if (!event || isSystemEvent(event)) continue;
        const recorded = toRecordedEvent(event);
        if (!forwards && fromEvent && comparePositions(recorded.position, fromEvent) >= 0) continue;
        yield recorded;
        remaining -= 1;
        if (remaining <= 0) return;
      }
    } finally {
      await read.cancel();
    }
  }

  const subscribeToAll = (options: SubscribeToAllOptions = {}): Subscription => {
    const { eventTypes, streamPrefixes } = options.filter ?? {};
    // Called inside the client's transform, so pushing keeps the checkpoint in stream order.
    const checkpointReached = (source: AllStreamSubscription, position: ClientPosition): void => {
      source.push({ checkpoint: position } satisfies CheckpointMarker);
    };
    // The server filters on one thing only: prefixes narrow there, exact matching happens here.
    const filter = streamPrefixes?.length
      ? streamNameFilter({ prefixes: [...streamPrefixes], checkpointReached })
      : eventTypes?.length
        ? eventTypeFilter({ prefixes: [...eventTypes], checkpointReached })
        : excludeSystemEvents({ checkpointReached });
    const wanted = (event: ClientRecordedEvent): boolean =>
      !isSystemEvent(event) &&
      (!eventTypes || eventTypes.includes(event.type)) &&
      (!streamPrefixes || streamPrefixes.some((prefix) => event.streamId.startsWith(prefix)));

    const source = client.subscribeToAll({
      fromPosition: toClientPosition(options.fromPosition ?? 'start'),
      filter,
    });
    let stopped = false;
    const stop = async (): Promise<void> => {
      if (stopped) return;
      stopped = true;
      subscriptions.delete(subscription);
      await source.unsubscribe();
      source.destroy();
    };

    async function* items(): AsyncGenerator<SubscriptionItem> {
      try {
        for await (const item of source as AsyncIterable<
          AllStreamResolvedEvent | CheckpointMarker
        >) {
          if ('checkpoint' in item) {
            const { commit, prepare } = item.checkpoint;
            yield { kind: 'checkpoint', position: { commit, prepare } };
          } else if (item.event && wanted(item.event)) {
            yield { kind: 'event', event: toRecordedEvent(item.event) };
          }
        }
      } catch (error) {
        // Destroying the stream on unsubscribe ends the iteration with a premature-close error.
        if (!stopped) throw error;
      } finally {
        await stop();
      }
    }

    const iterator = items();
    const subscription: Subscription = {
      [Symbol.asyncIterator]: () => iterator,
      unsubscribe: stop,
    };
    subscriptions.add(subscription);
    return subscription;
  };

  return {
    kind: 'eventstoredb',

    async append(streamName, events, { expected }) {
      const result = await client
        .appendToStream(streamName, events.map(toEventData), {
          expectedRevision: toClientExpected(expected),
        })
        .catch((error: unknown) => {
          if (!(error instanceof ClientWrongExpectedVersionError)) throw error;
          throw new WrongExpectedVersionError(streamName, expected, error.actualVersion);
        });
      // Older servers answer an idempotent retry without a position; the port promises the
      // original one, which is the position of the batch's last event.
      const position =
        result.position ??
        (
          await readStream(streamName, { fromRevision: result.nextExpectedRevision, maxCount: 1 })
        )[0]?.position;
      if (!position) throw new Error(`EventStoreDB reported no position for ${streamName}`);
      const { commit, prepare } = position;
      return { nextExpectedRevision: result.nextExpectedRevision, position: { commit, prepare } };
    },

    readStream,
    readAll,
    subscribeToAll,

    async close() {
      await Promise.all([...subscriptions].map((subscription) => subscription.unsubscribe()));
      await client.dispose();
    },
  };
};
