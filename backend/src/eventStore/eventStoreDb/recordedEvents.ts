// Translations between the port's values and the client's: expectations, positions,
// events on the way in and recorded events on the way out.
import {
  ANY,
  END,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  jsonEvent,
  type AppendExpectedRevision,
  type JSONType,
  type ReadPosition,
  type RecordedEvent as ClientRecordedEvent,
} from '@eventstore/db-client';
import type { EventToAppend, ExpectedRevision, Position, RecordedEvent } from '../port.ts';

const clientExpectations = {
  any: ANY,
  no_stream: NO_STREAM,
  stream_exists: STREAM_EXISTS,
} as const;

export const toClientExpected = (expected: ExpectedRevision): AppendExpectedRevision =>
  typeof expected === 'bigint' ? expected : clientExpectations[expected];

export const toClientPosition = (from: 'start' | 'end' | Position): ReadPosition =>
  from === 'start' ? START : from === 'end' ? END : { commit: from.commit, prepare: from.prepare };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !ArrayBuffer.isView(value);

// EventStoreDB's own projections ($by_correlation_id) read `$correlationId` and
// `$causationId`, so ours are copied there. A caller's own keys of those names (or of
// more `$`s) get one `$` more on the way in and lose it on the way out, so the copies are
// the only keys with exactly one `$` and metadata comes back exactly as it went in.
const ownKey = /^\$+(?:correlationId|causationId)$/;

export const toStoredMetadata = (metadata: unknown): unknown => {
  if (!isRecord(metadata)) return metadata;
  const stored = Object.fromEntries(
    Object.entries(metadata).map(([key, value]) => [ownKey.test(key) ? `$${key}` : key, value]),
  );
  for (const key of ['correlationId', 'causationId']) {
    if (typeof metadata[key] === 'string') stored[`$${key}`] = metadata[key];
  }
  return stored;
};

// The client leaves absent metadata undefined; null keeps it the same as in the SQLite store.
export const fromStoredMetadata = (metadata: unknown): unknown => {
  if (metadata === undefined) return null;
  if (!isRecord(metadata)) return metadata;
  return Object.fromEntries(
    Object.entries(metadata).flatMap(([key, value]) =>
      !ownKey.test(key) ? [[key, value]] : key.startsWith('$$') ? [[key.slice(1), value]] : [],
    ),
  );
};

const asJson = (event: EventToAppend, value: unknown): string => {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError(`Event ${event.id} is not JSON`);
  return json;
};

export const toEventData = (event: EventToAppend) => {
  // The client serialises inside an async promise executor, where a throw is lost and the
  // append never settles, so payloads JSON can't hold are turned away here instead.
  const data = event.data ?? null;
  asJson(event, data);
  // Sent as bytes: the client drops metadata that is falsy (0, false, ""), not just null.
  const metadata = event.metadata ?? null;
  return jsonEvent({
    id: event.id,
    type: event.type,
    data: data as JSONType,
    ...(metadata !== null && {
      metadata: new TextEncoder().encode(asJson(event, toStoredMetadata(metadata))),
    }),
  });
};

export const toRecordedEvent = (event: ClientRecordedEvent): RecordedEvent => {
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

/**
 * The server's own bookkeeping: `$`-types, and anything in a `$`-stream, where some types
 * carry no `$` (persistent-subscription checkpoints, for one).
 */
export const isSystemEvent = (event: ClientRecordedEvent): boolean =>
  event.type.startsWith('$') || event.streamId.startsWith('$');
