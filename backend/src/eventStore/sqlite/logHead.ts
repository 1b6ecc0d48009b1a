import type Database from 'better-sqlite3';
import { headMessage, type LogSigner } from './logSigning.ts';

export interface LogHead {
  readonly position: number;
  readonly hash: string;
}

/** The last event's position and hash, or undefined for an empty log. */
export const lastEventOf = (db: Database.Database) => {
  const last = db.prepare<[], LogHead>(
    'SELECT position, hash FROM events ORDER BY position DESC LIMIT 1',
  );
  return (): LogHead | undefined => last.get();
};

/**
 * Signs the head of the chain, inside the commit that moved it, so the signed head never
 * lags the log: events cut off the end, or a chain recomputed after an edit, no longer
 * match it, and nobody without the key can sign a new one.
 */
export const logHeadSealer = (db: Database.Database, signer: LogSigner) => {
  const lastEvent = lastEventOf(db);
  const upsert = db.prepare(
    `INSERT INTO log_head (id, position, hash, signature) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET position = excluded.position, hash = excluded.hash,
       signature = excluded.signature`,
  );
  return (): void => {
    const head = lastEvent();
    if (head)
      upsert.run(head.position, head.hash, signer.sign(headMessage(head.position, head.hash)));
  };
};
