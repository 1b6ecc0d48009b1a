import type { EventType } from '@gridline/events';
import { auditedData, type AuditLogEntry, type AuditLogListed } from '@gridline/projections';
import type { EventStore } from '../eventStore/port.ts';
import { decodeRecorded } from '../readModels/decodeRecorded.ts';

// The audit log read model keeps each event's envelope; what a page shows of its data is
// read from the log here, one event per row (by stream and revision: on EventStoreDB a
// read per row, all of a page's at once), brought to its type's current version and masked
// like every view.

/** The audit log lists an event the log does not hold as listed (a server fault, not input). */
export class AuditedEventMissing extends Error {
  override readonly name = 'AuditedEventMissing';
}

const readOne = async (store: EventStore, entry: AuditLogListed['entry']) => {
  const where = `${entry.stream}@${entry.revision}`;
  try {
    const [record] = await store.readStream(entry.stream, {
      fromRevision: BigInt(entry.revision),
      maxCount: 1,
    });
    // Never one event's data under another's envelope.
    if (record?.id !== entry.metadata.eventId) {
      throw new AuditedEventMissing(
        `The log holds no event ${entry.metadata.eventId} at ${where}.`,
      );
    }
    return decodeRecorded(record).event;
  } catch (error) {
    if (error instanceof AuditedEventMissing) throw error;
    throw new AuditedEventMissing(
      `The event at ${where} cannot be read: ${(error as Error).message}`,
    );
  }
};

/** The listed events with their data, in the order listed. */
export const withEventData = (
  store: EventStore,
  listed: readonly AuditLogListed[],
): Promise<AuditLogEntry[]> =>
  Promise.all(
    listed.map(async ({ entry, erased }) => {
      const event = await readOne(store, entry);
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
