import type { EventType } from '@gridline/events';
import { auditedData, type AuditLogEntry, type AuditLogListed } from '@gridline/projections';
import type { EventStore } from '../eventStore/port.ts';
import { decodeRecorded } from '../readModels/decodeRecorded.ts';

// The audit log read model keeps each event's envelope; what a page shows of its data is
// read from the log here, one event per row (by stream and revision: on EventStoreDB a
// read per row, all of a page's at once), brought to its type's current version and masked
// like every view.

export class AuditedEventMissing extends Error {
  override readonly name = 'AuditedEventMissing';
}

/** The listed events with their data, in the order listed. */
export const withEventData = (
  store: EventStore,
  listed: readonly AuditLogListed[],
): Promise<AuditLogEntry[]> =>
  Promise.all(
    listed.map(async ({ entry, erased }) => {
      const [record] = await store.readStream(entry.stream, {
        fromRevision: BigInt(entry.revision),
        maxCount: 1,
      });
      if (record?.id !== entry.metadata.eventId) {
        // The read model and the log disagree: never show one event's data under another's
        // envelope.
        throw new AuditedEventMissing(
          `The log holds no event ${entry.metadata.eventId} at ${entry.stream}@${entry.revision}.`,
        );
      }
      const { event } = decodeRecorded(record);
      return {
        position: entry.position,
        stream: entry.stream,
        revision: entry.revision,
        type: entry.type,
        data: auditedData(event.type as EventType, event.data as Record<string, unknown>, erased),
        metadata: entry.metadata,
      };
    }),
  );
