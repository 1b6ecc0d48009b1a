import type Database from 'better-sqlite3';
import { eventHash, genesisHash } from './hashChain.ts';
import type { EventRow } from './schema.ts';

/** 1: one chain over the whole log in global order, with a signed head. */
const chainVersion = 1;
const pageSize = 1000;

/**
 * Files written before the log had one global chain hold a chain per stream instead.
 * They are re-chained once, on open: that trusts their content as it stands, which is
 * all the old per-stream chains could have vouched for anyway. `seal` signs the new head.
 * Runs inside one immediate transaction, so two processes opening an old file at once
 * upgrade it once.
 */
export const upgradeChain = (db: Database.Database, seal: () => void): void => {
  const page = db.prepare<[number, number], EventRow>(
    'SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?',
  );
  const rehash = db.prepare('UPDATE events SET prev_hash = ?, hash = ? WHERE position = ?');
  const setStreamHash = db.prepare('UPDATE streams SET last_hash = ? WHERE stream_name = ?');
  db.transaction(() => {
    if ((db.pragma('user_version', { simple: true }) as number) >= chainVersion) return;
    let prevHash = genesisHash;
    let cursor = 0;
    const lastHashOfStream = new Map<string, string>();
    for (
      let rows = page.all(cursor, pageSize);
      rows.length > 0;
      rows = page.all(cursor, pageSize)
    ) {
      for (const row of rows) {
        const hash = eventHash(prevHash, row);
        rehash.run(prevHash, hash, row.position);
        lastHashOfStream.set(row.stream_name, hash);
        prevHash = hash;
        cursor = row.position;
      }
    }
    for (const [streamName, hash] of lastHashOfStream) setStreamHash.run(hash, streamName);
    seal();
    db.pragma(`user_version = ${chainVersion}`);
  }).immediate();
};
