import type Database from 'better-sqlite3';
import { StreamNotFoundError } from '../errors.ts';
import type { ReadAllOptions, ReadStreamOptions, RecordedEvent } from '../port.ts';
import { toRecordedEvent } from './rows.ts';
import type { EventRow } from './schema.ts';

const readAllPageSize = 1000;

/** `readStream` and `readAll` of the embedded store, over its connection. */
export const sqliteReads = (db: Database.Database) => {
  const streamForwards = db.prepare<[string, number, number], EventRow>(
    'SELECT * FROM events WHERE stream_name = ? AND revision >= ? ORDER BY revision LIMIT ?',
  );
  const streamBackwards = db.prepare<[string, number, number], EventRow>(
    'SELECT * FROM events WHERE stream_name = ? AND revision <= ? ORDER BY revision DESC LIMIT ?',
  );
  const streamExists = db.prepare<[string], { last_revision: number }>(
    'SELECT last_revision FROM streams WHERE stream_name = ?',
  );
  const allForwards = db.prepare<[number, number], EventRow>(
    'SELECT * FROM events WHERE position >= ? ORDER BY position LIMIT ?',
  );
  const allBackwards = db.prepare<[number, number], EventRow>(
    'SELECT * FROM events WHERE position <= ? ORDER BY position DESC LIMIT ?',
  );

  const limitOf = (maxCount: number | undefined): number => {
    if (maxCount === undefined) return Number.MAX_SAFE_INTEGER;
    if (!Number.isSafeInteger(maxCount) || maxCount < 0) {
      throw new RangeError(`maxCount must be a whole number ≥ 0, got ${maxCount}`);
    }
    return maxCount;
  };

  async function* readAll(readOptions: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    const forwards = (readOptions.direction ?? 'forwards') === 'forwards';
    const from = readOptions.fromPosition ?? (forwards ? 'start' : 'end');
    let cursor =
      from === 'start' ? 0 : from === 'end' ? Number.MAX_SAFE_INTEGER : Number(from.commit);
    let remaining = limitOf(readOptions.maxCount);
    while (remaining > 0) {
      const pageLimit = Math.min(readAllPageSize, remaining);
      const page = forwards
        ? allForwards.all(cursor, pageLimit)
        : allBackwards.all(cursor, pageLimit);
      for (const row of page) yield toRecordedEvent(row);
      remaining -= page.length;
      if (page.length < pageLimit) return;
      cursor = page[page.length - 1]!.position + (forwards ? 1 : -1);
    }
  }

  const readStream = async (
    streamName: string,
    readOptions: ReadStreamOptions = {},
  ): Promise<RecordedEvent[]> => {
    const head = streamExists.get(streamName);
    if (!head) throw new StreamNotFoundError(streamName);
    const forwards = (readOptions.direction ?? 'forwards') === 'forwards';
    const from = readOptions.fromRevision ?? (forwards ? 'start' : 'end');
    // 'end' is after the last event: nothing forwards, the last event backwards.
    const revision =
      from === 'start'
        ? 0
        : from === 'end'
          ? head.last_revision + (forwards ? 1 : 0)
          : Number(from);
    const limit = limitOf(readOptions.maxCount);
    const rows = forwards
      ? streamForwards.all(streamName, revision, limit)
      : streamBackwards.all(streamName, revision, limit);
    return rows.map(toRecordedEvent);
  };

  return { readStream, readAll };
};
