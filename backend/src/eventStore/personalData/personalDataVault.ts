import type { EventStore, RecordedEvent, Subscription } from '../port.ts';
import { eventCipher } from './eventCipher.ts';
import type { ResidentKeyStore } from './residentKeyStore.ts';

// Sits above either adapter: the SQLite file and EventStoreDB both receive residents'
// personal values sealed, and everything above the port reads them opened, or as erased
// once their key is gone. Events stored in clear by earlier versions read as they are.

export const personalDataVault = (store: EventStore, keys: ResidentKeyStore): EventStore => {
  const cipher = eventCipher(keys);
  // The event itself when it holds nothing sealed (most do not): no copy to collect.
  const openedAs =
    (order?: 'log') =>
    (event: RecordedEvent): RecordedEvent => {
      const data = cipher.open(event.data, order);
      return data === event.data ? event : { ...event, data };
    };
  // One case's events (a history, a replay, a case file) have their keys far apart in the
  // key store; the whole log, read in order, has them one after another.
  const opened = openedAs();
  const openedInLogOrder = openedAs('log');
  return {
    kind: store.kind,
    append: (streamName, events, options) =>
      store.append(
        streamName,
        events.map((event) => cipher.seal(streamName, event)),
        options,
      ),
    async readStream(streamName, options) {
      const events = await store.readStream(streamName, options);
      keys.refresh();
      return events.map(opened);
    },
    async *readAll(options) {
      keys.refresh();
      for await (const event of store.readAll(options)) yield openedInLogOrder(event);
    },
    subscribeToAll(options): Subscription {
      const inner = store.subscribeToAll(options);
      return {
        unsubscribe: () => inner.unsubscribe(),
        async *[Symbol.asyncIterator]() {
          // Then, while it runs, keys are looked at again at most a millisecond apart.
          keys.refresh();
          for await (const item of inner) {
            yield item.kind === 'event'
              ? { kind: 'event', event: openedInLogOrder(item.event) }
              : item;
          }
        },
      };
    },
    async close() {
      try {
        await store.close();
      } finally {
        keys.close();
      }
    },
  };
};
