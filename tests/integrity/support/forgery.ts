import Database from 'better-sqlite3';
import { eventHash, genesisHash } from '@gridline/backend/eventStore/sqlite/hashChain.ts';
import {
  checkpointMessage,
  headMessage,
  keyFromFile,
  logSigner,
  signingKeyPath,
} from '@gridline/backend/eventStore/sqlite/logSigning.ts';
import type { EventRow } from '@gridline/backend/eventStore/sqlite/schema.ts';

// What a careful forger does after editing the log file: make the chain consistent
// again, and, holding the key, re-sign it. Verification must still catch each step.

const onFile = (path: string, work: (db: Database.Database) => void): void => {
  const db = new Database(path);
  try {
    db.transaction(() => work(db))();
  } finally {
    db.close();
  }
};

/** Recomputes every hash from `position` on, and the stream heads to match. */
export const rechainFrom = (path: string, position: number): void =>
  onFile(path, (db) => {
    const rows = db.prepare<[], EventRow>('SELECT * FROM events ORDER BY position').all();
    const rehash = db.prepare('UPDATE events SET prev_hash = ?, hash = ? WHERE position = ?');
    const fixHead = db.prepare(
      'UPDATE streams SET last_hash = ? WHERE stream_name = ? AND last_revision = ?',
    );
    let prevHash = genesisHash;
    for (const row of rows) {
      if (row.position < position) {
        prevHash = row.hash;
        continue;
      }
      const hash = eventHash(prevHash, row);
      rehash.run(prevHash, hash, row.position);
      fixHead.run(hash, row.stream_name, row.revision);
      prevHash = hash;
    }
  });

/** Re-signs the head and every checkpoint with the key file's key, as if it were stolen. */
export const resignWithStolenKey = (path: string): void =>
  onFile(path, (db) => {
    const signer = logSigner(keyFromFile(signingKeyPath(path), { create: false }));
    const hashAt = (position: number): string =>
      db
        .prepare<[number], { hash: string }>('SELECT hash FROM events WHERE position = ?')
        .get(position)!.hash;
    const head = db.prepare<[], { position: number }>('SELECT position FROM log_head').get()!;
    const headHash = hashAt(head.position);
    db.prepare('UPDATE log_head SET hash = ?, signature = ?').run(
      headHash,
      signer.sign(headMessage(head.position, headHash)),
    );
    const checkpoints = db
      .prepare<[], { position: number; recorded_at: string }>(
        'SELECT position, recorded_at FROM checkpoints',
      )
      .all();
    for (const { position, recorded_at } of checkpoints) {
      const hash = hashAt(position);
      db.prepare('UPDATE checkpoints SET hash = ?, signature = ? WHERE position = ?').run(
        hash,
        signer.sign(checkpointMessage(position, hash, recorded_at)),
        position,
      );
    }
  });
