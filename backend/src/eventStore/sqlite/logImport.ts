import { existsSync, rmSync } from 'node:fs';
import Database, { SqliteError } from 'better-sqlite3';
import { upgradeChain } from './chainUpgrade.ts';
import { eventHash, genesisHash } from './hashChain.ts';
import { lastEventOf, logHeadSealer } from './logHead.ts';
import { logSigner, signingKeyFor, signingKeyPath } from './logSigning.ts';
import { prepareSchema } from './schema.ts';

/** An event as an import carries it: stored text, its place in its stream, its time. */
export interface ImportEvent {
  readonly streamName: string;
  readonly revision: number;
  readonly id: string;
  readonly type: string;
  /** Canonical JSON, as the store keeps it. */
  readonly data: string;
  readonly metadata: string;
  readonly created: string;
}

/** The target already holds events: an import only ever fills an empty log. */
export class ImportTargetNotEmptyError extends Error {
  override readonly name = 'ImportTargetNotEmptyError';
}

/** An event the log cannot take where it comes (a revision out of sequence, an id twice). */
export class ImportRefusedError extends Error {
  override readonly name = 'ImportRefusedError';
}

export interface LogImport {
  /** Adds the next event, after every event added before; throws ImportRefusedError. */
  add(event: ImportEvent): void;
  /** Commits everything at once and returns the new head; nothing is visible before. */
  commit(): { position: number; hash: string } | undefined;
  /** Rolls everything back; a log file or key this import created is removed again. */
  abort(): void;
}

/**
 * Fills an empty embedded log in ONE transaction: a reader sees nothing until the commit,
 * and an import that fails (a bad line, a crash, a full disk) leaves the log as empty as
 * it found it. Events keep their ids, streams, revisions and times; positions are dealt
 * from 1 in the order given, and the hash chain, stream heads and signed head are built
 * as the store's own appends would build them, so the result verifies like any log.
 */
export const openLogImport = (options: {
  readonly path: string;
  readonly signingKey?: string;
}): LogImport => {
  const created = {
    log: !existsSync(options.path),
    key: options.signingKey === undefined && !existsSync(signingKeyPath(options.path)),
  };
  const db = new Database(options.path, { timeout: 10_000 });
  const removeWhatWasCreated = () => {
    if (db.open) db.close();
    if (created.log) {
      for (const suffix of ['', '-wal', '-shm'])
        rmSync(`${options.path}${suffix}`, { force: true });
    }
    if (created.key) rmSync(signingKeyPath(options.path), { force: true });
  };
  let seal: () => void;
  try {
    prepareSchema(db);
    // The page cache holds the stream index's hot pages while rows arrive in log order.
    db.pragma('cache_size = -262144');
    seal = logHeadSealer(
      db,
      logSigner(signingKeyFor(options.path, options.signingKey, { create: true })),
    );
    upgradeChain(db, seal);
    // Checked inside the write transaction, so no other writer can slip in first.
    db.exec('BEGIN IMMEDIATE');
    if (lastEventOf(db)()) {
      throw new ImportTargetNotEmptyError(
        `${options.path} already holds events; an import needs an empty log`,
      );
    }
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    if (!(error instanceof ImportTargetNotEmptyError)) removeWhatWasCreated();
    else db.close();
    throw error;
  }
  const insert = db.prepare(
    `INSERT INTO events (position, stream_name, revision, event_id, type, data, metadata, created, prev_hash, hash)
     VALUES (@position, @stream_name, @revision, @event_id, @type, @data, @metadata, @created, @prev_hash, @hash)`,
  );
  // SQLite's bare column beside MAX() comes from the row holding the maximum: each
  // stream's last hash, read at the end rather than kept in memory for every stream.
  const recordHeads = db.prepare(
    `INSERT INTO streams (stream_name, last_revision, last_hash)
     SELECT stream_name, MAX(revision), hash FROM events GROUP BY stream_name`,
  );
  // One number per stream, never anything per event: memory grows with the streams only.
  const revisions = new Map<string, number>();
  let position = 0;
  let prevHash = genesisHash;

  return {
    add(event) {
      const expected = (revisions.get(event.streamName) ?? -1) + 1;
      if (event.revision !== expected) {
        throw new ImportRefusedError(
          `stream ${event.streamName} at revision ${event.revision}, where the log expects ${expected}` +
            (expected === 0 ? ' (its earlier events are not in the file)' : ''),
        );
      }
      const row = {
        position: position + 1,
        stream_name: event.streamName,
        revision: event.revision,
        event_id: event.id,
        type: event.type,
        data: event.data,
        metadata: event.metadata,
        created: event.created,
        prev_hash: prevHash,
        hash: '',
      };
      row.hash = eventHash(prevHash, row);
      try {
        insert.run(row);
      } catch (error) {
        if (error instanceof SqliteError && error.code.startsWith('SQLITE_CONSTRAINT')) {
          throw new ImportRefusedError(
            `event id ${event.id} appears twice in stream ${event.streamName}`,
          );
        }
        throw error;
      }
      position = row.position;
      prevHash = row.hash;
      revisions.set(event.streamName, event.revision);
    },

    commit() {
      recordHeads.run();
      seal();
      db.exec('COMMIT');
      db.close();
      return position > 0 ? { position, hash: prevHash } : undefined;
    },

    abort() {
      if (db.open && db.inTransaction) db.exec('ROLLBACK');
      removeWhatWasCreated();
    },
  };
};
