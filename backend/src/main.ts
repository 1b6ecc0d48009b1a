import { openAccounts } from './accounts/openAccounts.ts';
import { logIntegrity } from './application/logIntegrity.ts';
import { logWriteGate } from './application/logWriteGate.ts';
import { createServices } from './application/services.ts';
import { ConfigError, readConfig, type Config } from './config.ts';
import { demoOnFirstStart } from './demo/demoOnFirstStart.ts';
import { DemoSettingsError, readDemoSettings, type DemoSettings } from './demo/demoSettings.ts';
import { calendarWarnings, readDeadlineSettings } from './deadlineSettings.ts';
import { openEventStore } from './eventStore/openEventStore.ts';
import { checkLogAtStart } from './logStartupCheck.ts';
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

const demoSettingsOrExit = (): DemoSettings => {
  try {
    return readDemoSettings();
  } catch (error) {
    if (!(error instanceof DemoSettingsError)) throw error;
    console.error(`gridline: ${error.message}`);
    process.exit(1);
  }
};

const config = configOrExit();
const deadlines = (() => {
  try {
    return readDeadlineSettings(config.deadlinesFile);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`gridline: ${error.message}`);
    process.exit(1);
  }
})();
for (const warning of calendarWarnings(deadlines.yearsWithHolidays, new Date())) {
  console.warn(`gridline: ${warning}`);
}
const demoSettings = demoSettingsOrExit();
const { store, location, verifier } = openEventStore(config);
const integrity = logIntegrity(verifier);
await checkLogAtStart(integrity);
const accounts = openAccounts({ dataDir: config.dataDir });
const services = createServices(logWriteGate(store, integrity), deadlines.decision);
// On an empty store, a demo district to look at (GRIDLINE_DEMO=off starts empty).
const demoLines =
  integrity.status().state === 'failed'
    ? []
    : await demoOnFirstStart({
        services,
        accounts,
        settings: demoSettings,
        now: new Date(),
        log: (line) => console.log(line),
      });
const app = createApp({
  services,
  storeLocation: location,
  accounts,
  integrity,
  ...(config.trustProxy && { trustProxy: config.trustProxy }),
});

const server = app.listen(config.port, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(
    `Gridline is serving http://localhost:${port}/ (event store: ${store.kind}, ${location})`,
  );
  // The console is not built yet; until then the product is its HTTP API.
  console.log(`API: http://localhost:${port}/api/openapi.json (sign in: POST /api/session)`);
  for (const line of demoLines) console.log(line);
});

const shutdown = (): void => {
  server.close(() => {
    accounts.close();
    void store.close().then(() => process.exit(0));
  });
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
