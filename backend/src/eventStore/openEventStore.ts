import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { catalogueGuard } from './catalogueGuard.ts';
import { connectionLocation } from './eventStoreDb/connectionLocation.ts';
import { openEventStoreDb } from './eventStoreDb/eventStoreDb.ts';
import type { LogVerifier } from './logVerification.ts';
import { masterKeyFor } from './personalData/masterKey.ts';
import { personalDataVault } from './personalData/personalDataVault.ts';
import { openResidentKeyStore, type ResidentKeyStore } from './personalData/residentKeyStore.ts';
import type { EventStore } from './port.ts';
import { eventsFileName } from './sqlite/schema.ts';
import { openSqliteEventStore } from './sqlite/sqliteEventStore.ts';

export interface OpenedEventStore {
  readonly store: EventStore;
  /** Where the log lives, for the health endpoint and the start-up banner. */
  readonly location: string;
  /** Checks the log's tamper evidence; only the embedded store keeps any. */
  readonly verifier?: LogVerifier;
  /** Residents' data keys (`<dataDir>/keys/residents.sqlite`): erasure destroys them. */
  readonly residentKeys: ResidentKeyStore;
}

/**
 * EventStoreDB when a connection string is configured, else the embedded SQLite file;
 * either way behind the catalogue guard, so only valid events are ever written, and the
 * personal-data vault, so residents' personal values reach the adapter sealed.
 */
export const openEventStore = (config: Config): OpenedEventStore => {
  mkdirSync(config.dataDir, { recursive: true });
  const residentKeys = openResidentKeyStore({
    dataDir: config.dataDir,
    masterKey: masterKeyFor(config.dataDir, config.personalDataKey),
  });
  const guarded = (adapter: EventStore): EventStore =>
    catalogueGuard(personalDataVault(adapter, residentKeys));
  if (config.eventStoreConnectionString) {
    return {
      store: guarded(openEventStoreDb(config.eventStoreConnectionString)),
      location: connectionLocation(config.eventStoreConnectionString),
      residentKeys,
    };
  }
  const path = join(config.dataDir, eventsFileName);
  const store = openSqliteEventStore({
    path,
    ...(config.logSigningKey !== undefined && { signingKey: config.logSigningKey }),
  });
  return { store: guarded(store), location: path, verifier: store.verifier, residentKeys };
};
