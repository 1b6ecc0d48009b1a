import type { EventStore, Position } from '../eventStore/port.ts';

/** The position of the log's last event, or undefined for an empty log. */
export const lastPositionOf = async (store: EventStore): Promise<Position | undefined> => {
  for await (const event of store.readAll({ direction: 'backwards', maxCount: 1 })) {
    return event.position;
  }
  return undefined;
};
