import type Database from 'better-sqlite3';
import type { LogAnchor, LogBreak } from '../../logVerification.ts';
import { checkpointMessage, headMessage, type LogSigner } from '../logSigning.ts';

interface SignedMark {
  readonly what: string;
  readonly position: number;
  readonly hash: string;
  readonly signedOver: string;
  readonly signature: string;
}

/**
 * The checks that reach beyond the chain itself: the signed head, the signed
 * checkpoints, the highest position ever handed out and the operator's anchor. A chain
 * recomputed after an edit, or cut short, is consistent in itself; only these show it.
 */
export const signedMarksCheck = (
  db: Database.Database,
  signer: LogSigner,
  report: (found: LogBreak) => void,
) => {
  const hashAt = db.prepare<[number], { hash: string }>(
    'SELECT hash FROM events WHERE position = ?',
  );
  const lastPosition = (): number =>
    db.prepare<[], { last: number | null }>('SELECT MAX(position) AS last FROM events').get()
      ?.last ?? 0;

  const marks = (): SignedMark[] => {
    const head = db
      .prepare<[], { position: number; hash: string; signature: string }>(
        'SELECT position, hash, signature FROM log_head WHERE id = 1',
      )
      .get();
    const checkpoints = db
      .prepare<[], { position: number; hash: string; recorded_at: string; signature: string }>(
        'SELECT position, hash, recorded_at, signature FROM checkpoints ORDER BY position',
      )
      .all();
    return [
      ...checkpoints.map((checkpoint) => ({
        what: `the checkpoint signed at ${checkpoint.recorded_at}`,
        position: checkpoint.position,
        hash: checkpoint.hash,
        signedOver: checkpointMessage(checkpoint.position, checkpoint.hash, checkpoint.recorded_at),
        signature: checkpoint.signature,
      })),
      ...(head
        ? [
            {
              what: 'the signed head of the log',
              position: head.position,
              hash: head.hash,
              signedOver: headMessage(head.position, head.hash),
              signature: head.signature,
            },
          ]
        : []),
    ];
  };

  const checkMark = (mark: SignedMark, last: number, lastMatching: number): boolean => {
    if (!signer.verify(mark.signedOver, mark.signature)) {
      report({
        kind: 'bad_signature',
        position: mark.position,
        detail: `${mark.what} does not carry a valid signature`,
      });
      return false;
    }
    if (mark.position > last) {
      report({
        kind: 'truncated',
        position: last + 1,
        detail: `${mark.what} covers position ${mark.position}, but the log ends at ${last}`,
      });
      return false;
    }
    if (hashAt.get(mark.position)?.hash !== mark.hash) {
      report({
        kind: 'checkpoint_mismatch',
        position: mark.position,
        detail: `${mark.what} recorded another hash at position ${mark.position}: history at or before it was rewritten${
          lastMatching > 0
            ? ` (after position ${lastMatching}, where an earlier checkpoint still matches)`
            : ''
        }`,
      });
      return false;
    }
    return true;
  };

  /** Returns how many signed marks were checked. */
  const checkSignedMarks = (): number => {
    const last = lastPosition();
    const all = marks();
    let lastMatching = 0;
    for (const mark of all) if (checkMark(mark, last, lastMatching)) lastMatching = mark.position;
    const head = all.find((mark) => mark.what === 'the signed head of the log');
    const headPosition = head?.position ?? 0;
    if (last > headPosition) {
      report({
        kind: 'unsigned_events',
        position: headPosition + 1,
        detail: head
          ? `the log goes on to position ${last}, past its signed head at ${headPosition}`
          : `the log holds ${last} positions but no signed head`,
      });
    }
    const handedOut =
      db.prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'events'").get()
        ?.seq ?? 0;
    if (handedOut > last) {
      report({
        kind: 'truncated',
        position: last + 1,
        detail: `positions up to ${handedOut} were handed out, but the log ends at ${last}`,
      });
    }
    return all.length;
  };

  const checkAnchor = (anchor: LogAnchor): void => {
    const found =
      anchor.position !== undefined
        ? hashAt.get(anchor.position)?.hash === anchor.hash
        : db.prepare('SELECT 1 FROM events WHERE hash = ? LIMIT 1').get(anchor.hash) !== undefined;
    if (!found) {
      report({
        kind: 'anchor_mismatch',
        ...(anchor.position !== undefined && { position: anchor.position }),
        detail: `the log no longer holds ${anchor.position === undefined ? '' : `position ${anchor.position} with `}hash ${anchor.hash}`,
      });
    }
  };

  return { checkSignedMarks, checkAnchor, lastPosition };
};
