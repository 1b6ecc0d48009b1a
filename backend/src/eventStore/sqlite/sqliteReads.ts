import type Database from 'better-sqlite3';
import { StreamNotFoundError } from '../errors.ts';
import type {
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscriptionFilter,
} from '../port.ts';
import { toRecordedEvent } from './rows.ts';
import type { EventRow } from './schema.ts';
import { matches } from './sqliteSubscription.ts';

const readAllPageSize = 1000;

/**
 * The stream names a prefix covers, as a range the stream index answers: from the prefix
 * to the prefix with its last character's successor (SQLite compares text byte by byte).
 * None for the empty prefix or one ending where a successor would leave the plane.
 */
const nameRange = (prefix: string): [string, string] | undefined => {
  const characters = [...prefix];
  const last = characters.pop()?.codePointAt(0);
  if (last === undefined || last >= 0xd7ff) return undefined;
  return [prefix, characters.join('') + String.fromCodePoint(last + 1)];
};

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

  // Events of the streams under some prefixes, through the stream index: the access logs'
  // reveals among ten million events are found by what they are, not by reading the rest.
  // Their positions come first, in one scan of the index (it holds each row's position),
  // sorted once; then the rows, a page of positions at a time. Paging the rows themselves
  // in position order made SQLite gather and sort every remaining match again for each
  // page: quadratic, 6.9 s for the first read of 200,000 reveals.
  const positionsUnder = new Map<string, Database.Statement<unknown[], number>>();
  const rowsAt = {
    forwards: db.prepare<[string], EventRow>(
      'SELECT * FROM events WHERE position IN (SELECT value FROM json_each(?)) ORDER BY position',
    ),
    backwards: db.prepare<[string], EventRow>(
      'SELECT * FROM events WHERE position IN (SELECT value FROM json_each(?)) ORDER BY position DESC',
    ),
  };
  const pagesUnder = (
    ranges: readonly [string, string][],
    forwards: boolean,
  ): ((cursor: number, limit: number) => EventRow[]) => {
    const signature = `${ranges.length}|${forwards}`;
    let statement = positionsUnder.get(signature);
    if (!statement) {
      const names = ranges.map(() => '(stream_name >= ? AND stream_name < ?)').join(' OR ');
      statement = db
        .prepare<unknown[], number>(
          `SELECT position FROM events WHERE (${names}) AND position ${forwards ? '>=' : '<='} ?`,
        )
        .pluck();
      positionsUnder.set(signature, statement);
    }
    const chosen = statement;
    // Taken at the first page: what is appended later is the next read's.
    let positions: number[] | undefined;
    let served = 0;
    return (cursor, limit) => {
      positions ??= chosen.all(...ranges.flat(), cursor).sort((a, b) => (forwards ? a - b : b - a));
      const page = positions.slice(served, served + limit);
      served += page.length;
      if (page.length === 0) return [];
      return rowsAt[forwards ? 'forwards' : 'backwards'].all(JSON.stringify(page));
    };
  };
  const pagesOf = (forwards: boolean, filter: SubscriptionFilter | undefined) => {
    const ranges = filter?.streamPrefixes?.map(nameRange);
    if (ranges && ranges.length > 0 && ranges.every((range) => range !== undefined)) {
      return pagesUnder(ranges as [string, string][], forwards);
    }
    return (cursor: number, limit: number) =>
      forwards ? allForwards.all(cursor, limit) : allBackwards.all(cursor, limit);
  };

  async function* readAll(readOptions: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    const forwards = (readOptions.direction ?? 'forwards') === 'forwards';
    const from = readOptions.fromPosition ?? (forwards ? 'start' : 'end');
    let cursor =
      from === 'start' ? 0 : from === 'end' ? Number.MAX_SAFE_INTEGER : Number(from.commit);
    let remaining = limitOf(readOptions.maxCount);
    const { filter } = readOptions;
    const pageOf = pagesOf(forwards, filter);
    while (remaining > 0) {
      const pageLimit = Math.min(readAllPageSize, filter ? readAllPageSize : remaining);
      const page = pageOf(cursor, pageLimit);
      for (const row of page) {
        // Rows the filter passes over are never parsed.
        if (filter && !matches(filter, row)) continue;
        yield toRecordedEvent(row);
        remaining -= 1;
        if (remaining === 0) return;
      }
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
