import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { UnverifiableLogError } from '../eventStore/sqlite/integrity/verifySqliteLog.ts';
import type { EventRow } from '../eventStore/sqlite/schema.ts';

export interface LogRows {
  /** Events from the first position asked for up to the head when opened. */
  readonly count: number;
  /** The log's last position when opened; later appends are left out. */
  readonly head: number;
  /** The rows in position order, a page at a time, so memory stays flat. */
  pages(pageSize?: number): Generator<EventRow[]>;
  close(): void;
}

/**
 * Reads an embedded log without writing to it, beside a server that may be appending.
 * It stops at the head it saw when opened: positions are never reused and events never
 * change, so that prefix is a consistent snapshot without holding a read transaction
 * open (which would keep the server's WAL from being checkpointed for the whole run).
 */
export const openLogRows = (path: string, fromPosition = 1): LogRows => {
  if (!existsSync(path)) throw new UnverifiableLogError(`there is no log at ${path}`);
  const db = new Database(path, { readonly: true, fileMustExist: true, timeout: 10_000 });
  const head =
    db.prepare<[], { head: number | null }>('SELECT MAX(position) AS head FROM events').get()
      ?.head ?? 0;
  const { count } = db
    .prepare<[number, number], { count: number }>(
      'SELECT COUNT(*) AS count FROM events WHERE position >= ? AND position <= ?',
    )
    .get(fromPosition, head)!;
  const page = db.prepare<[number, number, number], EventRow>(
    'SELECT * FROM events WHERE position >= ? AND position <= ? ORDER BY position LIMIT ?',
  );
  return {
    count,
    head,
    *pages(pageSize = 2_000) {
      let next = fromPosition;
      for (;;) {
        const rows = page.all(next, head, pageSize);
        if (rows.length === 0) return;
        yield rows;
        next = rows[rows.length - 1]!.position + 1;
      }
    },
    close: () => db.close(),
  };
};
