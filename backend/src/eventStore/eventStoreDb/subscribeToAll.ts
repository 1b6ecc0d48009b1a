import {
  eventTypeFilter,
  excludeSystemEvents,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type EventStoreDBClient,
  type Position as ClientPosition,
  type RecordedEvent as ClientRecordedEvent,
} from '@eventstore/db-client';
import type { SubscribeToAllOptions, Subscription, SubscriptionItem } from '../port.ts';
import { isSystemEvent, toClientPosition, toRecordedEvent } from './recordedEvents.ts';
import { passesFilter } from '../subscriptionFilter.ts';

/** Pushed into the client's subscription stream so checkpoints keep their place among events. */
interface CheckpointMarker {
  readonly checkpoint: ClientPosition;
}

/** The port's `subscribeToAll` over the client's; `onStop` hears when it ends. */
export const subscribeToAllWith = (
  client: EventStoreDBClient,
  options: SubscribeToAllOptions,
  onStop: (subscription: Subscription) => void,
): Subscription => {
  const { eventTypes, streamPrefixes } = options.filter ?? {};
  // Called inside the client's transform, so pushing keeps the checkpoint in stream order.
  const checkpointReached = (source: AllStreamSubscription, position: ClientPosition): void => {
    source.push({ checkpoint: position } satisfies CheckpointMarker);
  };
  // The server filters on one thing only: prefixes narrow there, exact matching happens here.
  // Without a filter of the caller's, system events are still left out on the server, but
  // its checkpoints are not passed on: the port reports them only while filtering.
  const filter = streamPrefixes?.length
    ? streamNameFilter({ prefixes: [...streamPrefixes], checkpointReached })
    : eventTypes?.length
      ? eventTypeFilter({ prefixes: [...eventTypes], checkpointReached })
      : excludeSystemEvents();
  const wanted = (event: ClientRecordedEvent): boolean =>
    !isSystemEvent(event) && passesFilter(options.filter, event.type, event.streamId);

  const source = client.subscribeToAll({
    fromPosition: toClientPosition(options.fromPosition ?? 'start'),
    filter,
  });
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    onStop(subscription);
    await source.unsubscribe();
    source.destroy();
  };

  async function* items(): AsyncGenerator<SubscriptionItem> {
    try {
      for await (const item of source as AsyncIterable<AllStreamResolvedEvent | CheckpointMarker>) {
        if ('checkpoint' in item) {
          const { commit, prepare } = item.checkpoint;
          yield { kind: 'checkpoint', position: { commit, prepare } };
        } else if (item.event && wanted(item.event)) {
          yield { kind: 'event', event: toRecordedEvent(item.event) };
        }
      }
    } catch (error) {
      // Destroying the stream on unsubscribe ends the iteration with a premature-close error.
      if (!stopped) throw error;
    } finally {
      await stop();
    }
  }

  const iterator = items();
  const subscription: Subscription = {
    [Symbol.asyncIterator]: () => iterator,
    unsubscribe: stop,
  };
  return subscription;
};
