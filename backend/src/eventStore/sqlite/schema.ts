import type Database from 'better-sqlite3';

/** The log's file in the data directory. */
export const eventsFileName = 'events.sqlite';

// AUTOINCREMENT (not plain rowid) so a global position is never handed out twice,
// even after the newest events were removed by hand: checkpoints stay trustworthy.
// `prev_hash`/`hash` chain every event to the one before it in global order;
// `log_head` is the signed head of that chain, rewritten with every commit;
// `checkpoints` are heads a passing verification signed, where the next one resumes.
const ddl = `
CREATE TABLE IF NOT EXISTS streams (
  stream_name   TEXT PRIMARY KEY,
  last_revision INTEGER NOT NULL,
  last_hash     TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS events (
  position    INTEGER PRIMARY KEY AUTOINCREMENT,
  stream_name TEXT NOT NULL,
  revision    INTEGER NOT NULL,
  event_id    TEXT NOT NULL,
  type        TEXT NOT NULL,
  data        TEXT NOT NULL,
  metadata    TEXT NOT NULL,
  created     TEXT NOT NULL,
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL,
  UNIQUE (stream_name, revision),
  UNIQUE (stream_name, event_id)
);

CREATE TABLE IF NOT EXISTS log_head (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  position  INTEGER NOT NULL,
  hash      TEXT NOT NULL,
  signature TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS checkpoints (
  position    INTEGER PRIMARY KEY,
  hash        TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  signature   TEXT NOT NULL
);
`;

export const prepareSchema = (db: Database.Database): void => {
  db.pragma('journal_mode = WAL');
  // FULL: every acknowledged append survives power loss, not only a process crash.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.exec(ddl);
};

export interface EventRow {
  position: number;
  stream_name: string;
  revision: number;
  event_id: string;
  type: string;
  data: string;
  metadata: string;
  created: string;
  prev_hash: string;
  hash: string;
}
