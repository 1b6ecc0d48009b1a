import type { LogBreak } from '../../logVerification.ts';
import { eventHash } from '../hashChain.ts';
import type { EventRow } from '../schema.ts';

/** Where a stream stood at the last event seen of it. */
export interface StreamPoint {
  readonly revision: number;
  readonly hash: string;
  readonly position: number;
}

export interface ScanStart {
  /** The last position already trusted (0: none) and its hash (genesis for none). */
  readonly position: number;
  readonly hash: string;
  /**
   * Where a stream stood before `position`, for a scan that does not start at the
   * beginning; undefined when the stream had no events then.
   */
  readonly streamBefore: (streamName: string, revision: number) => StreamPoint | undefined;
}

/**
 * Walks the log in global order and reports every way a row disagrees with the chain:
 * a gap in positions, a back-link to the wrong hash, a stream revision out of sequence,
 * content that no longer hashes to its stored hash. Checks run in that order, so the
 * first break named is the most telling one (a deleted event is "missing", not
 * "broken link").
 */
export const chainScanner = (start: ScanStart, report: (found: LogBreak) => void) => {
  let expectedPosition = start.position + 1;
  let expectedPrev = start.hash;
  let eventsChecked = 0;
  const streams = new Map<string, StreamPoint>();

  const streamPoint = (row: EventRow): StreamPoint | undefined => {
    const seen = streams.get(row.stream_name);
    if (seen || row.revision === 0) return seen;
    const before = start.streamBefore(row.stream_name, row.revision - 1);
    return before && before.position < row.position ? before : undefined;
  };

  const checkLink = (row: EventRow): void => {
    const where = { position: row.position, stream: row.stream_name, revision: row.revision };
    if (row.position > expectedPosition) {
      const last = row.position - 1;
      report({
        kind: 'missing_events',
        position: expectedPosition,
        detail:
          last === expectedPosition
            ? `position ${expectedPosition} is missing`
            : `positions ${expectedPosition}–${last} are missing`,
      });
    } else if (row.prev_hash !== expectedPrev) {
      report({
        kind: 'broken_link',
        ...where,
        detail: `does not point back to the event at position ${row.position - 1}`,
      });
    }
  };

  const checkStream = (row: EventRow): void => {
    const expectedRevision = (streamPoint(row)?.revision ?? -1) + 1;
    if (row.revision !== expectedRevision) {
      report({
        kind: 'revision_out_of_sequence',
        position: row.position,
        stream: row.stream_name,
        revision: row.revision,
        detail: `revision ${expectedRevision} was expected here`,
      });
    }
  };

  return {
    check(row: EventRow): void {
      checkLink(row);
      checkStream(row);
      if (eventHash(row.prev_hash, row) !== row.hash) {
        report({
          kind: 'altered_event',
          position: row.position,
          stream: row.stream_name,
          revision: row.revision,
          detail: 'its content no longer matches its hash',
        });
      }
      streams.set(row.stream_name, {
        revision: row.revision,
        hash: row.hash,
        position: row.position,
      });
      expectedPosition = row.position + 1;
      expectedPrev = row.hash;
      eventsChecked += 1;
    },
    eventsChecked: () => eventsChecked,
    /** The last event of every stream seen. */
    streams: (): ReadonlyMap<string, StreamPoint> => streams,
  };
};
