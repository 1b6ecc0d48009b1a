import type Database from 'better-sqlite3';

export interface LoginThrottleLimits {
  readonly maxFailures: number;
  readonly windowMs: number;
}

export const defaultLoginThrottleLimits: LoginThrottleLimits = {
  maxFailures: 100,
  windowMs: 60 * 60_000,
};

export type LoginAttempt =
  | {
      readonly allowed: true;
      /** A failure stays counted; a success takes the attempt back. */
      settle(succeeded: boolean): void;
    }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

export interface LoginThrottle {
  /** Call before checking the password; the attempt counts as failed until settled. */
  begin(username: string): LoginAttempt;
}

export interface LoginThrottleOptions {
  readonly now?: () => Date;
  readonly limits?: LoginThrottleLimits;
}

/**
 * A sliding window of failed sign-ins per username, in SQLite so it holds across restarts
 * and processes. Keyed by the name typed, whether or not such an account exists, so a
 * 429 never tells anyone which usernames are real.
 */
export const loginThrottle = (
  db: Database.Database,
  options: LoginThrottleOptions = {},
): LoginThrottle => {
  const now = options.now ?? (() => new Date());
  const { maxFailures, windowMs } = options.limits ?? defaultLoginThrottleLimits;
  const prune = db.prepare('DELETE FROM login_failures WHERE attempted_at <= ?');
  const countSince = db.prepare<[string, number], { count: number }>(
    'SELECT COUNT(*) AS count FROM login_failures WHERE username = ? AND attempted_at > ?',
  );
  const nthSince = db.prepare<[string, number, number], { attempted_at: number }>(
    `SELECT attempted_at FROM login_failures WHERE username = ? AND attempted_at > ?
     ORDER BY attempted_at LIMIT 1 OFFSET ?`,
  );
  const insert = db.prepare('INSERT INTO login_failures (username, attempted_at) VALUES (?, ?)');
  const remove = db.prepare('DELETE FROM login_failures WHERE id = ?');

  // The attempt is recorded before the password is checked, inside one write transaction,
  // so concurrent guesses (from any process) cannot slip past the limit together.
  const reserve = db.transaction((username: string, at: number) => {
    const windowStart = at - windowMs;
    prune.run(windowStart);
    const { count } = countSince.get(username, windowStart) ?? { count: 0 };
    if (count >= maxFailures) {
      // The window allows another try once enough of the oldest failures have aged out.
      const freeing = nthSince.get(username, windowStart, count - maxFailures);
      const freeAt = (freeing?.attempted_at ?? at) + windowMs;
      return {
        allowed: false as const,
        retryAfterSeconds: Math.max(1, Math.ceil((freeAt - at) / 1000)),
      };
    }
    return { allowed: true as const, id: insert.run(username, at).lastInsertRowid };
  });

  return {
    begin(username) {
      const reserved = reserve.immediate(username, now().getTime());
      if (!reserved.allowed) return reserved;
      return {
        allowed: true,
        settle: (succeeded) => {
          if (succeeded) remove.run(reserved.id);
        },
      };
    },
  };
};
