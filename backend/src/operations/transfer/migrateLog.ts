import type { EventStore, EventToAppend } from '../../eventStore/port.ts';
import type { EventRow } from '../../eventStore/sqlite/schema.ts';
import { openLogRows } from '../logRows.ts';

/** The target store holds events and the migration was not asked to resume. */
export class MigrationTargetNotEmptyError extends Error {
  override readonly name = 'MigrationTargetNotEmptyError';
}

// EventStoreDB refuses an append over MaxAppendSize (1 MiB by default): stay well below.
const maxBatchBytes = 512 * 1024;
const maxBatchEvents = 500;

interface Batch {
  readonly streamName: string;
  readonly firstRevision: number;
  readonly events: EventToAppend[];
  bytes: number;
}

const eventOf = (row: EventRow): EventToAppend => ({
  id: row.event_id,
  type: row.type,
  data: JSON.parse(row.data) as unknown,
  metadata: JSON.parse(row.metadata) as unknown,
});

const isEmpty = async (store: EventStore): Promise<boolean> => {
  for await (const _event of store.readAll({ maxCount: 1 })) return false;
  return true;
};

/**
 * Copies the embedded log at `path` into another store through the port, in log order.
 * Consecutive events of one stream go in one append (as the command that wrote them
 * did, mostly), each with the exact expected revision, so the target's streams get the
 * same revisions and ids, its global order is the source's, and an append retried after
 * a failure (`resume`) is recognised by its ids and writes nothing twice.
 */
export const migrateLog = async (options: {
  readonly path: string;
  readonly target: EventStore;
  readonly resume?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}): Promise<{ events: number; appends: number; head: number }> => {
  const { target } = options;
  if (!options.resume && !(await isEmpty(target))) {
    throw new MigrationTargetNotEmptyError(
      'the target store already holds events; migrate into an empty one, or --resume a migration that stopped',
    );
  }
  const rows = openLogRows(options.path);
  let events = 0;
  let appends = 0;
  let batch: Batch | undefined;
  const flush = async () => {
    if (!batch) return;
    await target.append(batch.streamName, batch.events, {
      expected: batch.firstRevision === 0 ? 'no_stream' : BigInt(batch.firstRevision - 1),
    });
    events += batch.events.length;
    appends += 1;
    batch = undefined;
    options.onProgress?.(events, rows.count);
  };
  try {
    for (const page of rows.pages()) {
      for (const row of page) {
        const bytes = row.data.length + row.metadata.length;
        const fits =
          batch?.streamName === row.stream_name &&
          batch.events.length < maxBatchEvents &&
          batch.bytes + bytes <= maxBatchBytes;
        if (!fits) await flush();
        batch ??= {
          streamName: row.stream_name,
          firstRevision: row.revision,
          events: [],
          bytes: 0,
        };
        batch.events.push(eventOf(row));
        batch.bytes += bytes;
      }
    }
    await flush();
    return { events, appends, head: rows.head };
  } finally {
    rows.close();
  }
};
