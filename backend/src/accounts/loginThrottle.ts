import type Database from 'better-sqlite3';

export interface LoginThrottleLimits {
  /** Failures per username (from anywhere) within the window. */
  readonly maxFailures: number;
  /**
   * Failures per client address (for any usernames) within the window. Kept below
   * `maxFailures`, so no single client can ever lock an account out for everyone else.
   */
  readonly maxFailuresPerClient: number;
  readonly windowMs: number;
}

export const defaultLoginThrottleLimits: LoginThrottleLimits = {
  maxFailures: 100,
  maxFailuresPerClient: 30,
  windowMs: 60 * 60_000,
};

export type LoginAttempt =
  | {
      readonly allowed: true;
      /** A failure stays counted; a success takes the attempt back. */
      settle(succeeded: boolean): void;
    }
  | {
      readonly allowed: false;
      /** Whose failures filled the window: this client's, or this username's. */
      readonly throttled: 'client' | 'username';
      readonly retryAfterSeconds: number;
    };

export interface LoginThrottle {
  /** Call before checking the password; the attempt counts as failed until settled. */
  begin(username: string, client: string): LoginAttempt;
  /** Forgets the username's failures: an admin's unlock. Returns how many there were. */
  unlock(username: string): number;
}

export interface LoginThrottleOptions {
  readonly now?: () => Date;
  readonly limits?: LoginThrottleLimits;
}

/**
 * Sliding windows of failed sign-ins per username and per client address, in SQLite so
 * they hold across restarts and processes. Keyed by the name typed, whether or not such
 * an account exists, so a 429 never tells anyone which usernames are real. A client
 * refused for its own failures adds nothing to the username's count.
 */
export const loginThrottle = (
  db: Database.Database,
  options: LoginThrottleOptions = {},
): LoginThrottle => {
  const now = options.now ?? (() => new Date());
  const { maxFailures, maxFailuresPerClient, windowMs } =
    options.limits ?? defaultLoginThrottleLimits;
  const prune = db.prepare('DELETE FROM login_failures WHERE attempted_at <= ?');
  const windowOf = (column: 'username' | 'client') => ({
    count: db.prepare<[string, number], { count: number }>(
      `SELECT COUNT(*) AS count FROM login_failures WHERE ${column} = ? AND attempted_at > ?`,
    ),
    nth: db.prepare<[string, number, number], { attempted_at: number }>(
      `SELECT attempted_at FROM login_failures WHERE ${column} = ? AND attempted_at > ?
       ORDER BY attempted_at LIMIT 1 OFFSET ?`,
    ),
  });
  const byUsername = windowOf('username');
  const byClient = windowOf('client');
  const insert = db.prepare(
    'INSERT INTO login_failures (username, client, attempted_at) VALUES (?, ?, ?)',
  );
  const remove = db.prepare('DELETE FROM login_failures WHERE id = ?');
  const forget = db.prepare('DELETE FROM login_failures WHERE username = ?');

  /** Seconds until the window has room again, or undefined if it has room now. */
  const waitFor = (
    window: ReturnType<typeof windowOf>,
    key: string,
    max: number,
    at: number,
  ): number | undefined => {
    const windowStart = at - windowMs;
    const { count } = window.count.get(key, windowStart) ?? { count: 0 };
    if (count < max) return undefined;
    // Room comes back once enough of the oldest failures have aged out.
    const freeing = window.nth.get(key, windowStart, count - max);
    const freeAt = (freeing?.attempted_at ?? at) + windowMs;
    return Math.max(1, Math.ceil((freeAt - at) / 1000));
  };

  // The attempt is recorded before the password is checked, inside one write transaction,
  // so concurrent guesses (from any process) cannot slip past the limits together.
  const reserve = db.transaction((username: string, client: string, at: number) => {
    prune.run(at - windowMs);
    const clientWait = waitFor(byClient, client, maxFailuresPerClient, at);
    if (clientWait !== undefined) {
      return {
        allowed: false as const,
        throttled: 'client' as const,
        retryAfterSeconds: clientWait,
      };
    }
    const usernameWait = waitFor(byUsername, username, maxFailures, at);
    if (usernameWait !== undefined) {
      return {
        allowed: false as const,
        throttled: 'username' as const,
        retryAfterSeconds: usernameWait,
      };
    }
    return { allowed: true as const, id: insert.run(username, client, at).lastInsertRowid };
  });

  return {
    begin(username, client) {
      const reserved = reserve.immediate(username, client, now().getTime());
      if (!reserved.allowed) return reserved;
      return {
        allowed: true,
        settle: (succeeded) => {
          if (succeeded) remove.run(reserved.id);
        },
      };
    },
    unlock: (username) => forget.run(username).changes,
  };
};
