import { decodeEvent, eventMetadataSchema } from '@gridline/events';
import type { ProjectedEvent } from '@gridline/projections';
import type { RecordedEvent } from '../eventStore/port.ts';
import { readable } from '../eventStore/unreadableJson.ts';

/** A stored event brought to its current version, with its envelope, as projections read it. */
export const decodeRecorded = (record: RecordedEvent): ProjectedEvent => {
  const metadata = eventMetadataSchema.parse(readable(record.metadata));
  return {
    event: decodeEvent(record.type, metadata.schemaVersion, readable(record.data), metadata),
    metadata,
    streamName: record.streamName,
    revision: record.revision,
    position: record.position,
  };
};
