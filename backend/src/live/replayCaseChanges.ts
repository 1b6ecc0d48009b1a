import type Database from 'better-sqlite3';
import { casesInScope, type ReadScope } from '@gridline/projections';
import { comparePositions, type EventStore, type Position } from '../eventStore/port.ts';
import { changeOfRecorded, type CaseChange } from './caseChange.ts';

export interface ReplayRequest {
  readonly store: Pick<EventStore, 'readAll'>;
  /** The case board, for who may see which case. */
  readonly board: () => Database.Database;
  readonly scope: ReadScope;
  /** Exclusive: the last position the reader has. */
  readonly after: Position;
  /** Inclusive: where the live subscription takes over. */
  readonly until: Position;
  /** Log events read per page (2 or more); the event loop gets a turn between pages. */
  readonly pageSize?: number;
  /** More log than this to read, and the reader is better off reloading (ReplayTooLong). */
  readonly maxEvents?: number;
}

/** The gap since the reader's last event is too long to replay change by change. */
export class ReplayTooLong extends Error {
  override readonly name = 'ReplayTooLong';
}

/**
 * The case changes a reader may see between two positions, read from the log a page at a
 * time. Visibility is the board's rule on the rows as they stand now, as for live
 * changes: a case the reader may read now shows all its changes since `after`.
 */
export async function* replayCaseChanges(
  request: ReplayRequest,
): AsyncGenerator<readonly CaseChange[]> {
  const { store, scope, until, pageSize = 500, maxEvents = 20_000 } = request;
  let seen: Position = request.after;
  let total = 0;
  for (;;) {
    const page: CaseChange[] = [];
    let read = 0;
    let finished = false;
    for await (const recorded of store.readAll({ fromPosition: seen, maxCount: pageSize })) {
      read += 1;
      // readAll includes the position it starts from, which the reader has already.
      if (comparePositions(recorded.position, seen) <= 0) continue;
      if (comparePositions(recorded.position, until) > 0) {
        finished = true;
        break;
      }
      seen = recorded.position;
      total += 1;
      const change = changeOfRecorded(recorded);
      if (change) page.push(change);
    }
    if (total > maxEvents) throw new ReplayTooLong(`More than ${maxEvents} events to replay`);
    const visible = casesInScope(request.board(), scope, [
      ...new Set(page.map((change) => change.caseId)),
    ]);
    const theirs = page.filter((change) => visible.has(change.caseId));
    if (theirs.length > 0) yield theirs;
    if (finished || read < pageSize || comparePositions(seen, until) >= 0) return;
  }
}
