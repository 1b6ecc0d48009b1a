import { createHash, randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';

export interface SessionLifetime {
  /** Ends a session nobody has used for this long. */
  readonly idleMs: number;
  /** Ends a session this long after sign-in, however busy. */
  readonly absoluteMs: number;
}

export const defaultSessionLifetime: SessionLifetime = {
  idleMs: 30 * 60_000,
  absoluteMs: 12 * 60 * 60_000,
};

export interface Session {
  readonly accountId: string;
  readonly csrfToken: string;
  readonly createdAt: Date;
}

export interface StartedSession extends Session {
  /** The cookie value. Only its SHA-256 is stored, so a copy of the database signs no one in. */
  readonly token: string;
}

export interface SessionStore {
  start(accountId: string): StartedSession;
  /** The live session for a cookie value, marked as used now; undefined when gone or expired. */
  resume(token: string): Session | undefined;
  /** Whether the session is still live, without marking it used (for long-lived streams). */
  isLive(token: string): boolean;
  end(token: string): void;
}

interface SessionRow {
  account_id: string;
  csrf_token: string;
  created_at: number;
  last_seen_at: number;
}

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;
const newToken = (): string => randomBytes(32).toString('base64url');
const storedId = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface SessionStoreOptions {
  readonly now?: () => Date;
  readonly lifetime?: SessionLifetime;
}

export const sessionStore = (
  db: Database.Database,
  options: SessionStoreOptions = {},
): SessionStore => {
  const now = options.now ?? (() => new Date());
  const { idleMs, absoluteMs } = options.lifetime ?? defaultSessionLifetime;
  const insert = db.prepare(
    'INSERT INTO sessions (id, account_id, csrf_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)',
  );
  const find = db.prepare<[string], SessionRow>(
    'SELECT account_id, csrf_token, created_at, last_seen_at FROM sessions WHERE id = ?',
  );
  const touch = db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE id = ?');
  const removeExpired = db.prepare(
    'DELETE FROM sessions WHERE last_seen_at <= ? OR created_at <= ?',
  );

  const expired = (row: SessionRow, at: number): boolean =>
    at - row.last_seen_at >= idleMs || at - row.created_at >= absoluteMs;

  return {
    start(accountId) {
      const at = now().getTime();
      // Sweeping here keeps the table to live sessions without a timer.
      removeExpired.run(at - idleMs, at - absoluteMs);
      const token = newToken();
      const csrfToken = newToken();
      insert.run(storedId(token), accountId, csrfToken, at, at);
      return { token, accountId, csrfToken, createdAt: new Date(at) };
    },
    resume(token) {
      if (!tokenPattern.test(token)) return undefined;
      const id = storedId(token);
      const row = find.get(id);
      if (!row) return undefined;
      const at = now().getTime();
      if (expired(row, at)) {
        remove.run(id);
        return undefined;
      }
      touch.run(at, id);
      return {
        accountId: row.account_id,
        csrfToken: row.csrf_token,
        createdAt: new Date(row.created_at),
      };
    },
    isLive(token) {
      const row = tokenPattern.test(token) ? find.get(storedId(token)) : undefined;
      return row !== undefined && !expired(row, now().getTime());
    },
    end(token) {
      remove.run(storedId(token));
    },
  };
};
