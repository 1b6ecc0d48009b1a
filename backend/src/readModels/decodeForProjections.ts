import { eventTypes } from '@gridline/events';
import type { Projection } from '@gridline/projections';
import type { Position, RecordedEvent, SubscriptionFilter } from '../eventStore/port.ts';
import { decodeRecorded } from './decodeRecorded.ts';
import type { Decoded } from './projectionTarget.ts';

const readByNone = new Error('no read model reads this type of event');

/**
 * Decodes stored events for a set of read models. Decoding (zod) costs about as much as
 * reading the row: events none of them reads are passed over undecoded (patrols' records,
 * the largest, among them). An event that cannot be decoded is kept with its error, for
 * the read models that need it to fail on.
 */
export const decoderFor = (projections: readonly Projection[]) => {
  const read = new Set<string>(projections.flatMap((projection) => projection.eventTypes));
  return (record: RecordedEvent): Decoded => {
    if (!read.has(record.type)) {
      return { ok: false, type: record.type, position: record.position, error: readByNone };
    }
    try {
      return { ok: true, projected: decodeRecorded(record) };
    } catch (error) {
      return { ok: false, type: record.type, position: record.position, error: error as Error };
    }
  };
};

/**
 * The subscription filter for a set of read models: the event types they read, or none
 * when they read every type. The store then skips the others unread (no JSON parsed, no
 * personal data opened) and reports how far it got with checkpoints (`passedOver`).
 */
export const filterFor = (projections: readonly Projection[]): SubscriptionFilter | undefined => {
  const read = new Set<string>(projections.flatMap((projection) => projection.eventTypes));
  return eventTypes.every((type) => read.has(type)) ? undefined : { eventTypes: [...read] };
};

/** A filtered subscription's checkpoint, as a batch item: it moves checkpoints, nothing else. */
export const passedOver = (position: Position): Decoded => ({
  ok: false,
  type: '',
  position,
  error: readByNone,
});
