import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAccounts } from '@gridline/backend/accounts/openAccounts.ts';
import { createServices } from '@gridline/backend/application/services.ts';
import { catalogueGuard } from '@gridline/backend/eventStore/catalogueGuard.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';
import { establishDistrict, people } from '../../api/support/testDistrict.ts';

export const crashPassword = 'a long enough test password';

/**
 * A real data directory for the crash rounds: the API tests' district, established a month
 * ago (the server runs on the real clock), and an account for every person. Cheap password
 * hashing: the parameters travel in the hash, so the server checks cheaply too.
 */
export const prepareCrashDataDir = async (): Promise<string> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gridline-crash-'));
  const store = catalogueGuard(openSqliteEventStore({ path: join(dataDir, 'events.sqlite') }));
  await establishDistrict(createServices(store), new Date(Date.now() - 30 * 86_400_000));
  await store.close();
  const accounts = openAccounts({
    dataDir,
    passwordHashing: { memoryKiB: 1024, passes: 1, parallelism: 1 },
  });
  for (const [username, staff] of Object.entries(people))
    await accounts.accounts.createAccount({ username, password: crashPassword, ...staff });
  accounts.close();
  return dataDir;
};
