import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Config } from '../config.ts';
import { openEventStore } from './openEventStore.ts';

// The residents' key store lives in the data directory whichever store holds the log.
const dataDir = mkdtempSync(join(tmpdir(), 'gridline-open-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const withConnectionString = (eventStoreConnectionString: string): Config => ({
  port: 0,
  dataDir,
  eventStoreConnectionString,
  deadlinesFile: undefined,
  trustProxy: undefined,
  logSigningKey: undefined,
  personalDataKey: undefined,
  autoEscalate: false,
});

// Opening only creates the client: it connects on the first call, so no server is needed.
const locationOf = async (connectionString: string): Promise<string> => {
  const { store, location } = openEventStore(withConnectionString(connectionString));
  await store.close();
  return location;
};

describe('Opening EventStoreDB from a connection string', () => {
  it('keeps the residents’ keys in the data directory, as with the embedded store', async () => {
    await locationOf('esdb://localhost:2113?tls=false');
    expect(existsSync(join(dataDir, 'keys', 'residents.sqlite'))).toBe(true);
    expect(existsSync(join(dataDir, 'keys', 'master.key'))).toBe(true);
  });

  it('describes a single node by scheme and host', async () => {
    expect(await locationOf('esdb://localhost:2113?tls=false')).toBe('esdb://localhost:2113');
  });

  it('accepts a three-node cluster and names every node', async () => {
    expect(await locationOf('esdb://a.grid:2113,b.grid:2113,c.grid:2113?tls=false')).toBe(
      'esdb://a.grid:2113,b.grid:2113,c.grid:2113',
    );
  });

  it('accepts DNS discovery', async () => {
    expect(await locationOf('esdb+discover://cluster.grid:2113?nodePreference=leader')).toBe(
      'esdb+discover://cluster.grid:2113',
    );
  });

  it('never shows the credentials, even with URL-unsafe characters in the password', async () => {
    expect(await locationOf('esdb://admin:ch?an/ge#it@a.grid:2113,b.grid:2113/?tls=true')).toBe(
      'esdb://a.grid:2113,b.grid:2113',
    );
  });
});
