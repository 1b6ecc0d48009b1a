import type { Accounts } from '../accounts/openAccounts.ts';
import type { Services } from '../application/services.ts';
import type { DemoSettings } from './demoSettings.ts';
import { describeDemoRun, historyEndingToday, isEmptyStore, runDemo } from './runDemo.ts';

/**
 * `npm start` on an empty store: generate the default demo district (unless
 * GRIDLINE_DEMO=off) so the console has something to show, and return the lines that
 * tell how to sign in. A store that holds any event is left alone.
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
  if (!settings.enabled || !(await isEmptyStore(services.store))) return [];
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
