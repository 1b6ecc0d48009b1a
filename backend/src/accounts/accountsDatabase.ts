import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { scopeKinds, staffRoles } from '@gridline/events';

export const accountsFileName = 'accounts.sqlite';

const oneOf = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

// Credentials and sessions are not events: they are kept apart from the log so a password
// change or an expired session never becomes history, and the log can be shared safely.
const ddl = `
CREATE TABLE IF NOT EXISTS accounts (
  id            TEXT PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  person_id     TEXT NOT NULL,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN (${oneOf(staffRoles)})),
  scope_kind    TEXT NOT NULL CHECK (scope_kind IN (${oneOf(scopeKinds)})),
  scope_id      TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
);

CREATE TABLE IF NOT EXISTS sessions (
  id           TEXT PRIMARY KEY,
  account_id   TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  csrf_token   TEXT NOT NULL,
  created_at   INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sessions_by_account ON sessions (account_id);

CREATE TABLE IF NOT EXISTS login_failures (
  id           INTEGER PRIMARY KEY,
  username     TEXT NOT NULL,
  client       TEXT NOT NULL DEFAULT '',
  attempted_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS login_failures_by_username ON login_failures (username, attempted_at);
CREATE INDEX IF NOT EXISTS login_failures_by_time ON login_failures (attempted_at);
`;

// Failures are counted per client address too; files from before lack the column.
const addClientColumn = (db: Database.Database): void => {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(login_failures)').all();
  if (!columns.some((column) => column.name === 'client')) {
    db.exec(`ALTER TABLE login_failures ADD COLUMN client TEXT NOT NULL DEFAULT ''`);
  }
  db.exec(
    'CREATE INDEX IF NOT EXISTS login_failures_by_client ON login_failures (client, attempted_at)',
  );
};

/** Opens (creating if needed) `<dataDir>/accounts.sqlite`. */
export const openAccountsDatabase = (dataDir: string): Database.Database => {
  mkdirSync(dataDir, { recursive: true });
  // Several processes may share the file (server and an admin CLI): wait for the lock.
  const db = new Database(join(dataDir, accountsFileName), { timeout: 10_000 });
  db.pragma('journal_mode = WAL');
  // NORMAL survives process crashes; a power cut may lose the last few commits (usually a
  // session touch or a failed attempt) but never corrupts the file.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.exec(ddl);
  db.transaction(() => addClientColumn(db)).immediate();
  return db;
};
