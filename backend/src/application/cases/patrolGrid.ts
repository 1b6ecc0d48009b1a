import { inspectionStream, type InspectionEvent } from '@gridline/events';
import type { EventStore } from '../../eventStore/port.ts';
import { loadStream } from '../loadStream.ts';

/** The grid a recorded patrol covered, or null when no such patrol is recorded. */
export const patrolGridOf = async (
  store: EventStore,
  inspectionId: string,
): Promise<string | null> => {
  const stream = await loadStream<InspectionEvent>(store, inspectionStream(inspectionId));
  return stream.events[0]?.event.data.place.gridId ?? null;
};
