import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';
import { eventStoreContract } from './eventStoreContract.ts';

eventStoreContract(
  'embedded SQLite',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gridline-contract-'));
    const store = openSqliteEventStore({ path: join(dir, 'events.sqlite'), pollIntervalMs: 10 });
    return {
      store,
      cleanup: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
  { checkpointsReachTheLastSkippedEvent: true },
);
