import { describe } from 'vitest';
import { openEventStoreDb } from '@gridline/backend/eventStore/eventStoreDb/eventStoreDb.ts';
import { eventStoreContract } from './eventStoreContract.ts';

const connectionString = process.env['EVENTSTORE_CONNECTION_STRING'];

if (!connectionString) {
  console.warn(
    'Skipping the EventStoreDB contract tests: EVENTSTORE_CONNECTION_STRING is not set ' +
      '(e.g. esdb://localhost:2113?tls=false after `docker compose up eventstore`).',
  );
}

// Needs a running server, which CI and most laptops don't have; the same contract runs
// against the embedded store in sqlite.int.test.ts either way.
describe.skipIf(!connectionString)('Against EventStoreDB', () => {
  eventStoreContract(
    'EventStoreDB',
    async () => {
      const store = openEventStoreDb(connectionString!);
      return { store, cleanup: () => store.close() };
    },
    { checkpointsReachTheLastSkippedEvent: false },
  );
});
