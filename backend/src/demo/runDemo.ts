import type { AccountStore } from '../accounts/accountStore.ts';
import type { Services } from '../application/services.ts';
import type { EventStore } from '../eventStore/port.ts';
import {
  createDemoAccounts,
  demoAccountsDoc,
  demoLogins,
  isPrintedAtStart,
  type DemoLogin,
} from './demoAccounts.ts';
import { demoSize, type DemoSizeInput } from './demoSizes.ts';
import { generateDemoDistrict, type DemoDistrict } from './generateDemoDistrict.ts';
import { localDateTag, localMidnight } from './workingTime.ts';

// What `npm start` and `npm run demo` share: is the store empty, when does the history
// start, and generating the district with its sign-ins, timed.

/** True when the store holds no event at all. */
export const isEmptyStore = async (store: EventStore): Promise<boolean> => {
  for await (const _event of store.readAll({ maxCount: 1 })) return false;
  return true;
};

/** A history that ends at the start of today (Beijing time), so it looks current. */
export const historyEndingToday = (now: Date, size: DemoSizeInput): Date => {
  const start = localMidnight(now);
  start.setUTCMonth(start.getUTCMonth() - demoSize(size).months);
  return start;
};

export interface DemoRun {
  readonly demo: DemoDistrict;
  readonly logins: readonly DemoLogin[];
  readonly keptAccounts: readonly string[];
  readonly elapsedMs: number;
}

export const runDemo = async (options: {
  readonly services: Services;
  readonly accounts: AccountStore;
  readonly seed: number;
  readonly size: DemoSizeInput;
  readonly start: Date;
  readonly password: string;
}): Promise<DemoRun> => {
  const began = performance.now();
  const demo = await generateDemoDistrict(options);
  const logins = demoLogins(demo);
  const { kept } = await createDemoAccounts(options.accounts, logins, options.password);
  return { demo, logins, keptAccounts: kept, elapsedMs: performance.now() - began };
};

const formatter = new Intl.NumberFormat('en');

const signInLine = (login: DemoLogin, shownPassword: string): string =>
  `  ${login.username.padEnd(19)} / ${shownPassword} / ${login.role.padEnd(18)} / ` +
  `${login.scope.kind} ${login.scope.id} (${login.scopeName}), ${login.displayName}`;

/** The liaisons not printed one per line, named in one line that says where the rest are. */
const moreLiaisonsLine = (logins: readonly DemoLogin[]): string[] => {
  if (logins.length === 0) return [];
  const named = logins.slice(0, 2).map((login) => login.username);
  return [
    `  … and ${logins.length} more department liaisons (${named.join(', ')}, …); ` +
      `every sign-in: ${demoAccountsDoc}`,
  ];
};

/** The lines `npm start` and the CLI print: what was made, and how to sign in. */
export const describeDemoRun = (run: DemoRun, shownPassword: string): string[] => {
  const { demo, logins, keptAccounts, elapsedMs } = run;
  const { stats } = demo;
  const count = (type: string) => stats.eventsByType.get(type) ?? 0;
  const cases = count('DisputeLogged') + count('IssueReported');
  const day = (date: Date) => localDateTag(date).replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3');
  const lines = [
    `Demo district (seed ${demo.seed}, ${demo.size.label}): ${demo.district.streets.length} street(s), ` +
      `${demo.district.grids.length} grids, ${demo.staff.members.length} staff; ` +
      `${day(demo.start)} to ${day(demo.end)}: ${formatter.format(cases)} cases, ` +
      `${formatter.format(count('InspectionRecorded'))} patrols, ` +
      `${formatter.format(count('ResidentMeetingHeld'))} residents' meetings, ` +
      `${formatter.format(stats.events)} events in ${(elapsedMs / 1000).toFixed(1)} s.`,
    'Demo sign-ins (username / password / role / scope):',
    ...logins.filter(isPrintedAtStart).map((login) => signInLine(login, shownPassword)),
    ...moreLiaisonsLine(logins.filter((login) => !isPrintedAtStart(login))),
  ];
  if (keptAccounts.length > 0) {
    lines.push(`  (already existed and were left as they were: ${keptAccounts.join(', ')})`);
  }
  return lines;
};
