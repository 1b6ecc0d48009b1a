import { parseArgs } from 'node:util';
import { openAccounts } from '../accounts/openAccounts.ts';
import { createServices } from '../application/services.ts';
import { readConfig } from '../config.ts';
import { openEventStore } from '../eventStore/openEventStore.ts';
import { defaultDemoPassword } from './demoAccounts.ts';
import { checkDemoPassword, defaultDemoSeed, parseSeed } from './demoSettings.ts';
import { parseDemoSize } from './demoSizes.ts';
import { describeDemoRun, historyEndingToday, isEmptyStore, runDemo } from './runDemo.ts';

// npm run demo -- [--seed <n>] [--size small|default|<cases>] [--data-dir <dir>] [--start YYYY-MM-DD]
//
// Generates the demo district into an empty store (the data directory's SQLite file, or
// EventStoreDB when EVENTSTORE_CONNECTION_STRING is set) and creates the demo sign-ins.

const usage = `Usage: npm run demo -- [--seed <n>] [--size small|default|<cases>] [--data-dir <dir>] [--start YYYY-MM-DD]
  --seed      any whole number (default ${defaultDemoSeed}); the same seed, size and start give the same events
  --size      small (tests), default (what npm start creates) or a number of cases over a year
  --data-dir  where events.sqlite and accounts.sqlite go (default: GRIDLINE_DATA_DIR or ./data)
  --start     the first day of the history (default: so that it ends today)
The sign-ins' password is GRIDLINE_DEMO_PASSWORD, or ${defaultDemoPassword}.`;

const fail = (message: string): never => {
  console.error(`gridline demo: ${message}`);
  process.exit(1);
};

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        seed: { type: 'string' },
        size: { type: 'string' },
        'data-dir': { type: 'string' },
        start: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
})();
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const settings = (() => {
  try {
    const size = parseDemoSize(values.size ?? 'default');
    const start = values.start
      ? new Date(`${values.start}T00:00:00+08:00`)
      : historyEndingToday(new Date(), size);
    if (Number.isNaN(start.getTime()))
      throw new Error(`--start takes YYYY-MM-DD, not ${values.start}`);
    return {
      seed: values.seed === undefined ? defaultDemoSeed : parseSeed(values.seed),
      size,
      start,
      password: checkDemoPassword(process.env['GRIDLINE_DEMO_PASSWORD'] || defaultDemoPassword),
    };
  } catch (error) {
    return fail((error as Error).message);
  }
})();

const config = readConfig({
  ...process.env,
  ...(values['data-dir'] ? { GRIDLINE_DATA_DIR: values['data-dir'] } : {}),
});
const { store, location } = openEventStore(config);
if (!(await isEmptyStore(store))) {
  await store.close();
  fail(`${location} already holds events; the demo district goes into an empty store only.`);
}
const accounts = openAccounts({ dataDir: config.dataDir });
try {
  console.log(`Generating the demo district into ${location} …`);
  const run = await runDemo({
    services: createServices(store),
    accounts: accounts.accounts,
    ...settings,
  });
  const shownPassword = process.env['GRIDLINE_DEMO_PASSWORD']
    ? '(GRIDLINE_DEMO_PASSWORD)'
    : settings.password;
  for (const line of describeDemoRun(run, shownPassword)) console.log(line);
} finally {
  accounts.close();
  await store.close();
}
