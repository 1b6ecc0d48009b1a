import type { Accounts } from '../accounts/openAccounts.ts';
import { defaultDemoPassword, demoAccountsDoc } from './demoAccounts.ts';
import type { Services } from '../application/services.ts';
import type { DemoSettings } from './demoSettings.ts';
import { describeDemoRun, historyEndingToday, isEmptyStore, runDemo } from './runDemo.ts';

/**
 * On a store that already holds the demo district, the sign-ins are not printed again
 * (they may have changed since); this says where to find them. A store without the demo
 * accounts (a real deployment) gets no such line.
 */
const signInsReminder = (accounts: Accounts, settings: DemoSettings): string[] => {
  if (!accounts.accounts.findByUsername('community.staff')) return [];
  const password = settings.passwordIsDefault
    ? `password ${defaultDemoPassword} unless GRIDLINE_DEMO_PASSWORD was set when it was generated`
    : 'password: the GRIDLINE_DEMO_PASSWORD it was generated with';
  return [
    `Demo sign-ins: see ${demoAccountsDoc} (grid.worker, community.staff, street.supervisor, admin, …); ${password}.`,
  ];
};

/**
 * `npm start` on an empty store: generate the default demo district (unless
 * GRIDLINE_DEMO=off) so the console has something to show, and return the lines that
 * tell how to sign in. A store that holds any event is left alone; if it holds the demo
 * district, the lines say where its sign-ins are listed.
 */
export const demoOnFirstStart = async (options: {
  readonly services: Services;
  readonly accounts: Accounts;
  readonly settings: DemoSettings;
  /** The real clock: the history ends at the start of this day. */
  readonly now: Date;
  readonly log: (line: string) => void;
}): Promise<string[]> => {
  const { services, accounts, settings, now, log } = options;
  if (!(await isEmptyStore(services.store))) return signInsReminder(accounts, settings);
  if (!settings.enabled) return [];
  log(`The event store is empty: generating the demo district (GRIDLINE_DEMO=off to skip) …`);
  const run = await runDemo({
    services,
    accounts: accounts.accounts,
    seed: settings.seed,
    size: settings.size,
    start: historyEndingToday(now, settings.size),
    password: settings.password,
  });
  const lines = describeDemoRun(
    run,
    settings.passwordIsDefault ? settings.password : '(GRIDLINE_DEMO_PASSWORD)',
  );
  // The default password is printed here and in the README: anyone who can reach the
  // port can sign in as admin with it.
  return settings.passwordIsDefault
    ? [
        ...lines,
        'These sign-ins share a published password: set GRIDLINE_DEMO_PASSWORD on a fresh data directory before others can reach this server.',
      ]
    : lines;
};
