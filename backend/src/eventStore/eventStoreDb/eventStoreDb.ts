// The EventStoreDB adapter: a thin translation between the port and the official client.
// Everything client-specific stays in this folder, so moving to @kurrent/kurrentdb-client
// (the same API under new names) touches nothing else.
import { BACKWARDS, END, EventStoreDBClient, FORWARDS, START } from '@eventstore/db-client';
import type { EventStore, ReadStreamOptions, RecordedEvent, Subscription } from '../port.ts';
import { fromAppendError, fromReadError } from './clientErrors.ts';
import { readAllWith } from './readAll.ts';
import { toClientExpected, toEventData, toRecordedEvent } from './recordedEvents.ts';
import { subscribeToAllWith } from './subscribeToAll.ts';

// The 6.x client sends an append's deadline as a time of day, which the server compares
// with its own clock: a client clock some seconds behind would time appends out before
// they start. A deadline a year off (the client's cap) leaves the server's own write
// timeout, measured on the server's clock, in charge.
const appendDeadlineMs = 365 * 24 * 60 * 60 * 1000;

export const openEventStoreDb = (connectionString: string): EventStore => {
  const client = EventStoreDBClient.connectionString(connectionString);
  const subscriptions = new Set<Subscription>();

  const readStream = async (
    streamName: string,
    options: ReadStreamOptions = {},
  ): Promise<RecordedEvent[]> => {
    const forwards = (options.direction ?? 'forwards') === 'forwards';
    const from = options.fromRevision ?? (forwards ? 'start' : 'end');
    if (forwards && from === 'end') {
      // 'end' is after the last event: nothing to read, but a missing stream must still throw.
      await readStream(streamName, { direction: 'backwards', maxCount: 1 });
      return [];
    }
    const events: RecordedEvent[] = [];
    try {
      const read = client.readStream(streamName, {
        direction: forwards ? FORWARDS : BACKWARDS,
        fromRevision: from === 'start' ? START : from === 'end' ? END : from,
        ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
      });
      for await (const resolved of read)
        if (resolved.event) events.push(toRecordedEvent(resolved.event));
    } catch (error) {
      throw fromReadError(error, streamName);
    }
    return events;
  };

  return {
    kind: 'eventstoredb',

    async append(streamName, events, { expected }) {
      // EventStoreDB would write an empty record and, for a missing stream, report revision 0
      // while the stream stays missing.
      if (events.length === 0) throw new RangeError('append needs at least one event');
      const result = await client
        .appendToStream(streamName, events.map(toEventData), {
          expectedRevision: toClientExpected(expected),
          deadline: appendDeadlineMs,
        })
        .catch((error: unknown) => {
          throw fromAppendError(error, streamName, expected);
        });
      // Older servers answer an idempotent retry without a position; the port promises the
      // original one, which is the position of the batch's last event.
      const position =
        result.position ??
        (
          await readStream(streamName, { fromRevision: result.nextExpectedRevision, maxCount: 1 })
        )[0]?.position;
      if (!position) throw new Error(`EventStoreDB reported no position for ${streamName}`);
      const { commit, prepare } = position;
      return { nextExpectedRevision: result.nextExpectedRevision, position: { commit, prepare } };
    },

    readStream,
    readAll: readAllWith(client),

    subscribeToAll(options = {}) {
      const subscription = subscribeToAllWith(client, options, (stopped) =>
        subscriptions.delete(stopped),
      );
      subscriptions.add(subscription);
      return subscription;
    },

    async close() {
      await Promise.all([...subscriptions].map((subscription) => subscription.unsubscribe()));
      await client.dispose();
    },
  };
};
