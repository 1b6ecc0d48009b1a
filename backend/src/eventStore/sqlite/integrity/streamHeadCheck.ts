import type { LogBreak } from '../../logVerification.ts';
import type { StreamPoint } from './chainScanner.ts';

export interface StreamHeadRow {
  readonly stream_name: string;
  readonly last_revision: number;
  readonly last_hash: string;
}

/**
 * Compares the `streams` table, which appends trust for their expectations, with where
 * each stream's events really end. `heads` holds the recorded head of every stream in
 * `seen` that has one; `complete` says it holds every recorded head, so a head whose
 * stream was never seen is a stream whose events are gone. These breaks name a stream
 * and revision but no position: the events at the positions involved are sound.
 */
export const checkStreamHeads = (
  heads: Iterable<StreamHeadRow>,
  seen: ReadonlyMap<string, StreamPoint>,
  complete: boolean,
  report: (found: LogBreak) => void,
): number => {
  const recorded = new Set<string>();
  for (const head of heads) {
    recorded.add(head.stream_name);
    const last = seen.get(head.stream_name);
    if (!last) {
      if (complete) {
        report({
          kind: 'stream_without_events',
          stream: head.stream_name,
          revision: 0,
          detail: `recorded up to revision ${head.last_revision}, but none of its events is in the log`,
        });
      }
    } else if (last.revision !== head.last_revision || last.hash !== head.last_hash) {
      report({
        kind: 'stream_head_mismatch',
        stream: head.stream_name,
        revision: Math.min(last.revision, head.last_revision) + 1,
        detail: `recorded as ending at revision ${head.last_revision}; its events end at revision ${last.revision}${
          last.revision === head.last_revision ? ' with another hash' : ''
        }`,
      });
    }
  }
  for (const [stream, last] of seen) {
    if (!recorded.has(stream)) {
      report({
        kind: 'stream_head_missing',
        stream,
        revision: last.revision,
        detail: 'its events are in the log but the stream is not recorded',
      });
    }
  }
  return seen.size;
};
