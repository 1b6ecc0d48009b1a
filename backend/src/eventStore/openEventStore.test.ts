import { describe, expect, it } from 'vitest';
import type { Config } from '../config.ts';
import { openEventStore } from './openEventStore.ts';

const withConnectionString = (eventStoreConnectionString: string): Config => ({
  port: 0,
  dataDir: '/nonexistent',
  eventStoreConnectionString,
  deadlinesFile: undefined,
  trustProxy: undefined,
  logSigningKey: undefined,
  autoEscalate: false,
});

// Opening only creates the client: it connects on the first call, so no server is needed.
const locationOf = async (connectionString: string): Promise<string> => {
  const { store, location } = openEventStore(withConnectionString(connectionString));
  await store.close();
  return location;
};

describe('Opening EventStoreDB from a connection string', () => {
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
