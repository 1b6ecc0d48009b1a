import type { EventStore } from '../eventStore/port.ts';
import type { LogIntegrity } from './logIntegrity.ts';

/**
 * The store, refusing every append once the log failed verification. The HTTP layer
 * already answers commands with 503 before they start; this catches every other writer
 * in the process (the demo on first start, background processes to come).
 */
export const logWriteGate = (store: EventStore, integrity: LogIntegrity): EventStore => ({
  kind: store.kind,
  append: async (streamName, events, options) => {
    integrity.assertWritable();
    return store.append(streamName, events, options);
  },
  readStream: (streamName, options) => store.readStream(streamName, options),
  readAll: (options) => store.readAll(options),
  subscribeToAll: (options) => store.subscribeToAll(options),
  close: () => store.close(),
});
