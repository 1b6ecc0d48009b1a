import type { RecordedEvent } from '../port.ts';
import { parseStoredJson } from '../unreadableJson.ts';
import { sqlitePosition } from './appendToStream.ts';
import type { EventRow } from './schema.ts';

export const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  id: row.event_id,
  type: row.type,
  streamName: row.stream_name,
  revision: BigInt(row.revision),
  position: sqlitePosition(row.position),
  data: parseStoredJson(row.data, 'data'),
  metadata: parseStoredJson(row.metadata, 'metadata'),
  created: new Date(row.created),
});
