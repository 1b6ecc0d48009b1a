import { openAccounts } from './accounts/openAccounts.ts';
import { createServices } from './application/services.ts';
import { ConfigError, readConfig, type Config } from './config.ts';
import { openEventStore } from './eventStore/openEventStore.ts';
import { createApp } from './http/app.ts';

const configOrExit = (): Config => {
  try {
    return readConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`gridline: ${error.message}`);
    process.exit(1);
  }
};

const config = configOrExit();
const { store, location } = openEventStore(config);
const accounts = openAccounts({ dataDir: config.dataDir });
const app = createApp({ services: createServices(store), storeLocation: location, accounts });

const server = app.listen(config.port, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(
    `Gridline is serving http://localhost:${port}/ (event store: ${store.kind}, ${location})`,
  );
});

const shutdown = (): void => {
  server.close(() => {
    accounts.close();
    void store.close().then(() => process.exit(0));
  });
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
