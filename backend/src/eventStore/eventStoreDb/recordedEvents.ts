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

export const toEventData = (event: EventToAppend) => {
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
