import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { LogAnchor } from '@gridline/backend/eventStore/logVerification.ts';
import { eventHash, genesisHash } from '@gridline/backend/eventStore/sqlite/hashChain.ts';
import { readOnlyLogVerifier } from '@gridline/backend/eventStore/sqlite/integrity/readOnlyLogVerifier.ts';
import {
  checkpointMessage,
  headMessage,
  keyFromFile,
  logSigner,
  signingKeyPath,
} from '@gridline/backend/eventStore/sqlite/logSigning.ts';
import type { EventRow } from '@gridline/backend/eventStore/sqlite/schema.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';

export const streams = ['a', 'b', 'c'] as const;
export const eventsPerStream = 4;

/**
 * A real SQLite log of three streams written in turn, so position p holds stream
 * `streams[(p - 1) % 3]` at revision `floor((p - 1) / 3)`:
 *   1 a0  2 b0  3 c0  4 a1  5 b1  6 c1  7 a2  8 b2  9 c2  10 a3  11 b3  12 c3
 * and the tools an insider with write access to the file would use on it.
 */
export const tamperableLog = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gridline-tamper-'));
  const path = join(dir, 'events.sqlite');
  let store = openSqliteEventStore({ path });
  for (let revision = 0; revision < eventsPerStream; revision += 1) {
    for (const stream of streams) {
      await store.append(
        stream,
        [{ id: randomUUID(), type: 'Noted', data: { revision }, metadata: { by: 'p-1' } }],
        { expected: revision === 0 ? 'no_stream' : BigInt(revision - 1) },
      );
    }
  }

  const withFile = <T>(work: (db: Database.Database) => T): T => {
    const db = new Database(path);
    try {
      return work(db);
    } finally {
      db.close();
    }
  };
  const rowAt = (position: number): EventRow =>
    withFile((db) =>
      db.prepare<[number], EventRow>('SELECT * FROM events WHERE position = ?').get(position)!,
    );

  /** Recomputes every hash from `position` on and the stream heads, as a careful forger. */
  const rechainFrom = (position: number): void =>
    withFile((db) => {
      const rows = db.prepare<[], EventRow>('SELECT * FROM events ORDER BY position').all();
      let prevHash = genesisHash;
      for (const row of rows) {
        if (row.position >= position) {
          const hash = eventHash(prevHash, row);
          db.prepare('UPDATE events SET prev_hash = ?, hash = ? WHERE position = ?').run(
            prevHash,
            hash,
            row.position,
          );
          db.prepare(
            'UPDATE streams SET last_hash = ? WHERE stream_name = ? AND last_revision = ?',
          ).run(hash, row.stream_name, row.revision);
          prevHash = hash;
        } else prevHash = row.hash;
      }
    });

  /** Re-signs the head and every checkpoint, as a forger who stole the key file would. */
  const resignWithStolenKey = (): void =>
    withFile((db) => {
      const signer = logSigner(keyFromFile(signingKeyPath(path), { create: false }));
      const hashAt = (p: number) =>
        db.prepare<[number], { hash: string }>('SELECT hash FROM events WHERE position = ?').get(p)!
          .hash;
      const head = db.prepare<[], { position: number }>('SELECT position FROM log_head').get()!;
      const hash = hashAt(head.position);
      db.prepare('UPDATE log_head SET hash = ?, signature = ?').run(
        hash,
        signer.sign(headMessage(head.position, hash)),
      );
      const checkpoints = db
        .prepare<[], { position: number; recorded_at: string }>(
          'SELECT position, recorded_at FROM checkpoints',
        )
        .all();
      for (const { position, recorded_at } of checkpoints) {
        const at = hashAt(position);
        db.prepare('UPDATE checkpoints SET hash = ?, signature = ? WHERE position = ?').run(
          at,
          signer.sign(checkpointMessage(position, at, recorded_at)),
          position,
        );
      }
    });

  return {
    path,
    get store() {
      return store;
    },
    /** Closes the store, runs `meanwhile` on the closed file, and opens it again. */
    reopen: async (meanwhile: () => void = () => {}) => {
      await store.close();
      meanwhile();
      store = openSqliteEventStore({ path });
    },
    /** Runs SQL on the file behind the store's back. */
    tamper: (sql: string): void => withFile((db) => void db.exec(sql)),
    withFile,
    rowAt,
    rechainFrom,
    resignWithStolenKey,
    verify: (anchor?: LogAnchor) =>
      readOnlyLogVerifier(path).verify({ from: 'start', ...(anchor && { anchor }) }),
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

export type TamperableLog = Awaited<ReturnType<typeof tamperableLog>>;
