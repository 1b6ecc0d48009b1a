import { inspectionStream, type InspectionEvent } from '@gridline/events';
import { DomainError } from '../../domain/domainError.ts';
import type { EventStore } from '../../eventStore/port.ts';
import { loadStream } from '../loadStream.ts';

/**
 * A dispute found on patrol names a patrol that was recorded in the dispute's own grid,
 * so the proactive-discovery figure counts only patrols that happened.
 */
export const checkPatrolOfDispute = async (
  store: EventStore,
  payload: {
    readonly inspectionId?: string | undefined;
    readonly place: { readonly gridId: string };
  },
): Promise<void> => {
  const { inspectionId } = payload;
  if (inspectionId === undefined) return;
  const stream = await loadStream<InspectionEvent>(store, inspectionStream(inspectionId));
  const recorded = stream.events[0]?.event;
  if (!recorded) {
    throw new DomainError('invalid', `inspectionId: no patrol ${inspectionId} is recorded`);
  }
  if (recorded.data.place.gridId !== payload.place.gridId) {
    throw new DomainError(
      'invalid',
      `inspectionId: patrol ${inspectionId} was in grid ${recorded.data.place.gridId}, not ${payload.place.gridId}`,
    );
  }
};
