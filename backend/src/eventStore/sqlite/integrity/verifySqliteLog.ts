import Database from 'better-sqlite3';
import type { LogBreak, LogVerificationReport, VerifyLogOptions } from '../../logVerification.ts';
import { genesisHash } from '../hashChain.ts';
import { checkpointMessage, type LogSigner } from '../logSigning.ts';
import type { EventRow } from '../schema.ts';
import { chainScanner, type ScanStart, type StreamPoint } from './chainScanner.ts';
import { signedMarksCheck } from './signedMarksCheck.ts';
import { checkStreamHeads, type StreamHeadRow } from './streamHeadCheck.ts';

const pageSize = 2000;
/** Breaks kept for the report; a log broken everywhere needs no more to be understood. */
const breaksKept = 20;
/** Breaks held while checking, to sort by position; memory stays bounded however bad. */
const breaksHeld = 10_000;

export class UnverifiableLogError extends Error {
  override readonly name = 'UnverifiableLogError';
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The last checkpoint whose signature and hash still hold, to resume from. */
const resumePoint = (db: Database.Database, signer: LogSigner) => {
  const checkpoint = db
    .prepare<[], { position: number; hash: string; recorded_at: string; signature: string }>(
      'SELECT position, hash, recorded_at, signature FROM checkpoints ORDER BY position DESC LIMIT 1',
    )
    .get();
  if (!checkpoint) return undefined;
  const signed = signer.verify(
    checkpointMessage(checkpoint.position, checkpoint.hash, checkpoint.recorded_at),
    checkpoint.signature,
  );
  const stored = db
    .prepare<[number], { hash: string }>('SELECT hash FROM events WHERE position = ?')
    .get(checkpoint.position);
  return signed && stored?.hash === checkpoint.hash ? checkpoint : undefined;
};

/**
 * Checks the embedded log's tamper evidence on a connection of its own, inside one read
 * transaction, so appends go on beside it and it sees one consistent log. It reads a page
 * at a time and yields between pages, so a server running it keeps answering.
 */
export const verifySqliteLog = async (
  path: string,
  signer: LogSigner,
  options: VerifyLogOptions,
): Promise<LogVerificationReport> => {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    if ((db.pragma('user_version', { simple: true }) as number) < 1) {
      throw new UnverifiableLogError(
        `${path} predates the log-wide hash chain; start the server on it once to upgrade it`,
      );
    }
    db.exec('BEGIN');
    const found: LogBreak[] = [];
    let breaksFound = 0;
    const report = (broken: LogBreak): void => {
      breaksFound += 1;
      if (found.length < breaksHeld) found.push(broken);
    };
    const marks = signedMarksCheck(db, signer, report);
    const resumed = options.from === 'last_checkpoint' ? resumePoint(db, signer) : undefined;
    const eventAt = db.prepare<[string, number], StreamPoint>(
      'SELECT revision, hash, position FROM events WHERE stream_name = ? AND revision = ?',
    );
    const start: ScanStart = {
      position: resumed?.position ?? 0,
      hash: resumed?.hash ?? genesisHash,
      streamBefore: (stream, revision) => eventAt.get(stream, revision),
    };
    const scanner = chainScanner(start, report);
    const page = db.prepare<[number, number], EventRow>(
      'SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?',
    );
    const last = marks.lastPosition();
    const total = Math.max(0, last - start.position);
    let head: { position: number; hash: string } | null = null;
    for (let cursor = start.position; ;) {
      const rows = page.all(cursor, pageSize);
      for (const row of rows) scanner.check(row);
      const tail = rows.at(-1);
      if (!tail) break;
      head = { position: tail.position, hash: tail.hash };
      cursor = tail.position;
      options.onProgress?.(scanner.eventsChecked(), total);
      await nextTurn();
    }
    if (!head && resumed) head = { position: resumed.position, hash: resumed.hash };

    const headOf = db.prepare<[string], StreamHeadRow>(
      'SELECT * FROM streams WHERE stream_name = ?',
    );
    const heads: Iterable<StreamHeadRow> = resumed
      ? [...scanner.streams().keys()].flatMap((stream) => headOf.all(stream))
      : db.prepare<[], StreamHeadRow>('SELECT * FROM streams').all();
    const streamsChecked = checkStreamHeads(heads, scanner.streams(), !resumed, report);
    const checkpointsChecked = marks.checkSignedMarks();
    if (options.anchor) marks.checkAnchor(options.anchor);
    db.exec('COMMIT');

    const breaks = found
      .map((broken, index) => ({ broken, index }))
      .sort(
        (a, b) =>
          (a.broken.position ?? Infinity) - (b.broken.position ?? Infinity) || a.index - b.index,
      )
      .slice(0, breaksKept)
      .map(({ broken }) => broken);
    return {
      ok: breaksFound === 0,
      mode: resumed ? 'incremental' : 'full',
      fromPosition: start.position,
      eventsChecked: scanner.eventsChecked(),
      streamsChecked,
      checkpointsChecked,
      head,
      breaks,
      breaksFound,
      ...(breaks[0] && { firstBreak: breaks[0] }),
    };
  } finally {
    db.close();
  }
};
