import Database from 'better-sqlite3';
import { serialise } from './appendToStream.ts';
import { upgradeChain } from './chainUpgrade.ts';
import { eventHash, genesisHash } from './hashChain.ts';
import { lastEventOf, logHeadSealer } from './logHead.ts';
import { logSigner, signingKeyFor } from './logSigning.ts';
import { prepareSchema } from './schema.ts';

/** One event for a bulk load: what `append` takes, and when the log recorded it. */
export interface BulkEvent {
  readonly streamName: string;
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
  /** The store's clock for the event (`created`). */
  readonly created: string;
}

export interface BulkLoader {
  /** Writes the events in one transaction, in order, after everything written before. */
  write(events: readonly BulkEvent[]): void;
  /** The position of the last event written (0 before any). */
  position(): number;
  close(): void;
}

/**
 * Fills a fresh embedded log fast, for benchmark fixtures: many streams' events per
 * transaction, without the expectation and idempotency look-ups every `append` makes (the
 * caller decided each event already, and no other writer may interleave). What it writes
 * is what appends in the same order would have written: positions from 1, revisions per
 * stream, the hash chain, the stream heads and the signed head, so `gridline verify`
 * checks the result like any log. It refuses a log that holds events.
 */
export const openBulkLoader = (options: {
  readonly path: string;
  readonly signingKey?: string;
}): BulkLoader => {
  const db = new Database(options.path, { timeout: 10_000 });
  prepareSchema(db);
  // A large page cache: the stream indexes are updated at random places.
  db.pragma('cache_size = -262144');
  const signer = logSigner(signingKeyFor(options.path, options.signingKey, { create: true }));
  const seal = logHeadSealer(db, signer);
  upgradeChain(db, seal);
  const lastEvent = lastEventOf(db);
  if (lastEvent()) {
    db.close();
    throw new Error(`${options.path} already holds events; a bulk load needs an empty log`);
  }
  const insert = db.prepare(
    `INSERT INTO events (position, stream_name, revision, event_id, type, data, metadata, created, prev_hash, hash)
     VALUES (@position, @stream_name, @revision, @event_id, @type, @data, @metadata, @created, @prev_hash, @hash)`,
  );
  const upsertHead = db.prepare(
    `INSERT INTO streams (stream_name, last_revision, last_hash) VALUES (?, ?, ?)
     ON CONFLICT (stream_name) DO UPDATE SET last_revision = excluded.last_revision, last_hash = excluded.last_hash`,
  );
  const revisions = new Map<string, number>();
  let position = 0;
  let prevHash = genesisHash;

  const write = db.transaction((events: readonly BulkEvent[]) => {
    // Another process that appended since the last batch would be overwritten in the chain.
    if ((lastEvent()?.position ?? 0) !== position) {
      throw new Error('the log grew under the bulk load; another process is writing to it');
    }
    const heads = new Map<string, string>();
    for (const event of events) {
      const { data, metadata } = serialise(event);
      const revision = (revisions.get(event.streamName) ?? -1) + 1;
      position += 1;
      const row = {
        position,
        stream_name: event.streamName,
        revision,
        event_id: event.id,
        type: event.type,
        data,
        metadata,
        created: event.created,
        prev_hash: prevHash,
        hash: '',
      };
      row.hash = eventHash(prevHash, row);
      insert.run(row);
      revisions.set(event.streamName, revision);
      heads.set(event.streamName, row.hash);
      prevHash = row.hash;
    }
    for (const [streamName, hash] of heads) {
      upsertHead.run(streamName, revisions.get(streamName)!, hash);
    }
    seal();
  });

  let failed: unknown;
  return {
    write(events) {
      // A failed batch rolled back in the file but not in the counters above: stop there.
      if (failed) throw new Error('an earlier batch of the bulk load failed', { cause: failed });
      try {
        write.immediate(events);
      } catch (error) {
        failed = error;
        throw error;
      }
    },
    position: () => position,
    close: () => db.close(),
  };
};
