import { accountStore, normaliseUsername, type AccountStore } from './accountStore.ts';
import { openAccountsDatabase } from './accountsDatabase.ts';
import { loginThrottle, type LoginThrottleLimits } from './loginThrottle.ts';
import { owaspArgon2id } from './passwordHash.ts';
import type { Argon2idParameters } from './phcString.ts';
import { sessionStore, type SessionLifetime, type SessionStore } from './sessionStore.ts';
import { signIn, type SignIn } from './signIn.ts';

export interface AccountsOptions {
  /** `<dataDir>/accounts.sqlite` is created if missing. */
  readonly dataDir: string;
  /** Server clock for sessions, the throttle and `created_at`; injectable for tests. */
  readonly now?: () => Date;
  /** Only tests should lower these. */
  readonly passwordHashing?: Argon2idParameters;
  readonly sessionLifetime?: SessionLifetime;
  readonly loginThrottleLimits?: LoginThrottleLimits;
}

// Shaped to be what `sessionRoutes` and `requireSession` (in http/) need, without naming
// their types: accounts sit below HTTP and import nothing from it.
export interface Accounts {
  readonly accounts: AccountStore;
  readonly sessions: SessionStore;
  readonly signIn: SignIn;
  /** Forgets a username's failed sign-ins, so a locked account may sign in again. */
  unlock(username: string): number;
  close(): void;
}

/** Everything `sessionRoutes` and `requireSession` need, over one SQLite file. */
export const openAccounts = (options: AccountsOptions): Accounts => {
  const db = openAccountsDatabase(options.dataDir);
  const now = options.now ?? (() => new Date());
  const passwordHashing = options.passwordHashing ?? owaspArgon2id;
  const accounts = accountStore(db, { now, passwordHashing });
  const sessions = sessionStore(db, {
    now,
    ...(options.sessionLifetime && { lifetime: options.sessionLifetime }),
  });
  const throttle = loginThrottle(db, {
    now,
    ...(options.loginThrottleLimits && { limits: options.loginThrottleLimits }),
  });
  return {
    accounts,
    sessions,
    signIn: signIn({ accounts, throttle, passwordHashing }),
    unlock: (username) => throttle.unlock(normaliseUsername(username)),
    close: () => db.close(),
  };
};
