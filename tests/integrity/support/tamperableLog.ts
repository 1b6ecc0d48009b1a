import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { LogAnchor } from '@gridline/backend/eventStore/logVerification.ts';
import { readOnlyLogVerifier } from '@gridline/backend/eventStore/sqlite/integrity/readOnlyLogVerifier.ts';
import type { EventRow } from '@gridline/backend/eventStore/sqlite/schema.ts';
import { rechainFrom, resignWithStolenKey } from './forgery.ts';
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
    rechainFrom: (position: number) => rechainFrom(path, position),
    resignWithStolenKey: () => resignWithStolenKey(path),
    verify: (anchor?: LogAnchor) =>
      readOnlyLogVerifier(path).verify({ from: 'start', ...(anchor && { anchor }) }),
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

export type TamperableLog = Awaited<ReturnType<typeof tamperableLog>>;
