import { openAccounts } from './accounts/openAccounts.ts';
import { logIntegrity } from './application/logIntegrity.ts';
import { logWriteGate } from './application/logWriteGate.ts';
import { createServices } from './application/services.ts';
import { ConfigError, readConfig, type Config } from './config.ts';
import { demoOnFirstStart } from './demo/demoOnFirstStart.ts';
import { DemoSettingsError, readDemoSettings, type DemoSettings } from './demo/demoSettings.ts';
import { calendarWarnings, readDeadlineSettings } from './deadlineSettings.ts';
import { openEventStore } from './eventStore/openEventStore.ts';
import { ResidentKeyStoreError } from './eventStore/personalData/residentKeyStore.ts';
import { checkLogAtStart } from './logStartupCheck.ts';
import { deadlineProcess } from './deadlineProcess/deadlineProcess.ts';
import { createApp } from './http/app.ts';
import { liveCaseChanges } from './live/liveCaseChanges.ts';
import { consoleBuild } from './consoleBuild.ts';
import { organisationDirectoryFromReadModel } from './readModels/organisationDirectoryReadModel.ts';
import { startReadModels } from './readModels/startReadModels.ts';

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
const { store, location, verifier, residentKeys } = (() => {
  try {
    return openEventStore(config);
  } catch (error) {
    if (!(error instanceof ResidentKeyStoreError)) throw error;
    console.error(`gridline: ${error.message}`);
    process.exit(1);
  }
})();
const integrity = logIntegrity(verifier);
const accounts = openAccounts({ dataDir: config.dataDir });
// The read models follow the log in the background; the server answers meanwhile.
const readModels = await startReadModels(store, config.dataDir, undefined, config);
const services = createServices(
  logWriteGate(store, integrity),
  deadlines.decision,
  organisationDirectoryFromReadModel(store, readModels),
);
// Records missed deadlines (and, if configured, escalates) every minute, the first time a
// few seconds after the server listens (or as soon as the case board is live and the log's
// check after start has passed).
const deadlineWatch = deadlineProcess({
  services,
  readModels,
  autoEscalate: config.autoEscalate,
  logWritable: () => integrity.status().state !== 'verifying',
});
const live = liveCaseChanges(readModels);
const app = createApp({
  services,
  storeLocation: location,
  residentKeys,
  accounts,
  readModels,
  live,
  integrity,
  timeZone: deadlines.decision.calendar.timeZone,
  ...(config.trustProxy && { trustProxy: config.trustProxy }),
  ...(consoleBuild.present && { consoleDir: consoleBuild.dir }),
});

/** Stops cleanly on SIGINT/SIGTERM, start-up check or not. */
function shutdownWith(server: ReturnType<typeof app.listen>): void {
  const shutdown = (): void => {
    // Live streams never end by themselves; the server closes once they have.
    live.close();
    server.close(() => {
      accounts.close();
      void deadlineWatch
        .stop()
        .then(() => readModels.stop())
        .then(() => store.close())
        .then(() => process.exit(0));
    });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

/** Why the port could not be had, in words the person starting the server can act on. */
const listenFailure = (error: NodeJS.ErrnoException, port: number): string => {
  switch (error.code) {
    case 'EADDRINUSE':
      return `port ${port} is already in use: stop what holds it, or set PORT to another port (0 picks a free one).`;
    case 'EACCES':
      return `no permission to listen on port ${port}: set PORT to a port above 1023.`;
    default:
      return `cannot listen on port ${port}: ${error.message}`;
  }
};

// Listening comes first, so /api/health answers within a second however long the log:
// the check of the log after start reads all of it when no verified checkpoint is found
// (11 s per million events). Meanwhile reads are served and changes are answered 503
// with Retry-After (docs/reliability.md).
let port = config.port;
// Express 5 hands a listen error to this callback too: nothing is served then, so say
// why and exit non-zero instead of announcing a server that is not there.
const listening = new Promise<void>((resolve) => {
  const server = app.listen(config.port, (error?: NodeJS.ErrnoException) => {
    if (error) {
      console.error(`gridline: ${listenFailure(error, config.port)}`);
      accounts.close();
      void store.close().finally(() => process.exit(1));
      return;
    }
    const address = server.address();
    if (typeof address === 'object' && address) port = address.port;
    console.log(
      `Gridline is listening on port ${port}, checking the event log: reads are served, changes once it verifies.`,
    );
    resolve();
  });
  shutdownWith(server);
});

await checkLogAtStart(integrity);
// On an empty store, a demo district to look at (GRIDLINE_DEMO=off starts empty).
const demoLines =
  integrity.status().state === 'failed'
    ? []
    : await demoOnFirstStart({
        // Generated command by command, each reading the organisation it just wrote: the
        // directory folded straight from the log answers that at once, where the read
        // models' would wait on the runner after every command.
        services: createServices(logWriteGate(store, integrity), deadlines.decision),
        accounts,
        settings: demoSettings,
        now: new Date(),
        log: (line) => console.log(line),
      });
await listening;
// Its first pass folds the organisation and loads the overdue cases (a third of a second
// and more at ten million events, the event loop held): started a few seconds after the
// server listens, so the first requests do not wait behind it. Nothing may be written on a
// doctored log: then it has nothing to do.
if (integrity.status().state !== 'failed') deadlineWatch.start(3_000);
// Start-up is over: the lines that say how to use the server, last.
for (const line of demoLines) console.log(line);
console.log(`API: http://localhost:${port}/api/openapi.json (sign in: POST /api/session)`);
console.log(
  consoleBuild.present
    ? `Console: http://localhost:${port}/ (sign in with a demo account above)`
    : `Console: not built (${consoleBuild.dir} is missing): run \`npm run build --workspace console\``,
);
// Last, so that whoever watches the output (a person, a script, the tests) knows
// start-up is over when the URL appears, and finds it at the bottom.
console.log(
  `Gridline is serving http://localhost:${port}/ (event store: ${store.kind}, ${location})`,
);
