import { randomBytes } from 'node:crypto';
import { normaliseUsername, type Account, type AccountStore } from './accountStore.ts';
import type { LoginThrottle } from './loginThrottle.ts';
import { hashPassword, owaspArgon2id, verifyPassword } from './passwordHash.ts';
import type { Argon2idParameters } from './phcString.ts';

export type SignInOutcome =
  | { readonly outcome: 'signed_in'; readonly account: Account }
  | { readonly outcome: 'rejected' }
  | {
      readonly outcome: 'throttled';
      /** Whose failures filled the window: this client's, or this username's. */
      readonly throttled: 'client' | 'username';
      readonly retryAfterSeconds: number;
    };

/** `client` is the key the client's failures count under (see clientAddress.ts). */
export type SignIn = (username: string, password: string, client: string) => Promise<SignInOutcome>;

export interface SignInDependencies {
  readonly accounts: AccountStore;
  readonly throttle: LoginThrottle;
  readonly passwordHashing?: Argon2idParameters;
}

/**
 * Checks a username and password. Unknown usernames, wrong passwords and disabled
 * accounts are one outcome, and each costs one argon2 run, so neither the answer nor
 * its timing tells which usernames exist.
 */
export const signIn = ({ accounts, throttle, passwordHashing }: SignInDependencies): SignIn => {
  const dummyHash = hashPassword(
    randomBytes(24).toString('base64'),
    passwordHashing ?? owaspArgon2id,
  );
  // Started now so the first unknown username is not slower than the rest; awaited on use.
  dummyHash.catch(() => undefined);

  return async (username, password, client) => {
    const key = normaliseUsername(username);
    const attempt = throttle.begin(key, client);
    if (!attempt.allowed) {
      return {
        outcome: 'throttled',
        throttled: attempt.throttled,
        retryAfterSeconds: attempt.retryAfterSeconds,
      };
    }
    const found = accounts.findCredentials(key);
    const matches = await verifyPassword(found?.passwordHash ?? (await dummyHash), password);
    const signedIn = found !== undefined && matches && !found.account.disabled;
    attempt.settle(signedIn);
    return signedIn ? { outcome: 'signed_in', account: found.account } : { outcome: 'rejected' };
  };
};
