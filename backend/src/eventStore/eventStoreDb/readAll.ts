import { BACKWARDS, FORWARDS, type EventStoreDBClient } from '@eventstore/db-client';
import { comparePositions, type ReadAllOptions, type RecordedEvent } from '../port.ts';
import { passesFilter } from '../subscriptionFilter.ts';
import { isSystemEvent, toClientPosition, toRecordedEvent } from './recordedEvents.ts';

/** The port's `readAll` over the client's: inclusive in both directions, no system events. */
export const readAllWith = (client: EventStoreDBClient) =>
  async function* readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    const forwards = (options.direction ?? 'forwards') === 'forwards';
    const from = options.fromPosition ?? (forwards ? 'start' : 'end');
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    if (remaining <= 0 || (forwards && from === 'end')) return;
    // The port's `from` is inclusive in both directions; EventStoreDB reads backwards from
    // just before the position, so the event at it is fetched on its own.
    const fromEvent = typeof from === 'object' ? from : undefined;
    if (!forwards && fromEvent) {
      for await (const event of readAll({ fromPosition: fromEvent, maxCount: 1 })) {
        if (comparePositions(event.position, fromEvent) !== 0) break;
        if (!passesFilter(options.filter, event.type, event.streamName)) break;
        yield event;
        remaining -= 1;
      }
    }
    // System events don't count against maxCount, so the limit is applied here, not by the server.
    if (remaining <= 0) return;
    const read = client.readAll({
      direction: forwards ? FORWARDS : BACKWARDS,
      fromPosition: toClientPosition(from),
    });
    try {
      // Not destroyed on leaving: a destroyed read cuts off the gRPC stream it is fed from.
      for await (const resolved of read.iterator({ destroyOnReturn: false })) {
        const event = resolved.event;
        if (!event || isSystemEvent(event)) continue;
        // Filtered here, before the event's data is converted: the client's readAll has no
        // server-side filter (a filtered subscription does).
        if (!passesFilter(options.filter, event.type, event.streamId)) continue;
        yield toRecordedEvent(event);
        remaining -= 1;
        if (remaining <= 0) return;
      }
    } finally {
      // Leaving early: stop the call, a no-op if the server already finished it, then let
      // whatever it sent flow out unread. A gRPC stream that ended with items still buffered
      // never finishes, and client.dispose() waits for every stream to finish.
      await read.cancel();
      read.resume();
    }
  };
