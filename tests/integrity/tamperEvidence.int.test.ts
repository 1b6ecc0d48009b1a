import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatAnchor, parseAnchor } from '@gridline/backend/eventStore/logVerification.ts';
import {
  eventsPerStream,
  streams,
  tamperableLog,
  type TamperableLog,
} from './support/tamperableLog.ts';

const noted = () => ({ id: crypto.randomUUID(), type: 'Noted', data: {}, metadata: {} });

// Each way an insider with write access to events.sqlite could doctor the log, done to a
// real file, and what verification must say: which kind of break, and where.
//   1 a0  2 b0  3 c0  4 a1  5 b1  6 c1  7 a2  8 b2  9 c2  10 a3  11 b3  12 c3
describe('Tamper evidence of the embedded log', () => {
  let log: TamperableLog;
  beforeEach(async () => {
    log = await tamperableLog();
  });
  afterEach(() => log.close());

  it('verifies an untouched log, every stream and its signed head', async () => {
    const report = await log.verify();
    expect(report).toMatchObject({
      ok: true,
      mode: 'full',
      eventsChecked: 12,
      streamsChecked: 3,
      checkpointsChecked: 1,
      breaks: [],
    });
    expect(report.head).toEqual({ position: 12, hash: log.rowAt(12).hash });
  });

  it('names an event one byte of whose data was flipped', async () => {
    const { data } = log.rowAt(5);
    const flipped = data.replace('1', '3');
    log.withFile((db) => db.prepare('UPDATE events SET data = ? WHERE position = 5').run(flipped));
    expect((await log.verify()).firstBreak).toMatchObject({
      kind: 'altered_event',
      position: 5,
      stream: 'b',
      revision: 1,
    });
  });

  it('names an event whose metadata was edited', async () => {
    log.tamper(`UPDATE events SET metadata = '{"by":"p-2"}' WHERE position = 7`);
    expect((await log.verify()).firstBreak).toMatchObject({
      kind: 'altered_event',
      position: 7,
      stream: 'a',
      revision: 2,
    });
  });

  it('names the position of an event deleted from the middle', async () => {
    log.tamper('DELETE FROM events WHERE position = 5');
    const report = await log.verify();
    expect(report.firstBreak).toMatchObject({ kind: 'missing_events', position: 5 });
    // Stream b now jumps from revision 0 to 2.
    expect(report.breaks).toContainEqual(
      expect.objectContaining({ kind: 'revision_out_of_sequence', stream: 'b', revision: 2 }),
    );
  });

  it('names a stream whose tail was deleted', async () => {
    log.tamper('DELETE FROM events WHERE position = 11');
    const report = await log.verify();
    expect(report.firstBreak).toMatchObject({ kind: 'missing_events', position: 11 });
    expect(report.breaks).toContainEqual(
      expect.objectContaining({ kind: 'stream_head_mismatch', stream: 'b', revision: 3 }),
    );
  });

  it('notices the tail of the whole log cut off', async () => {
    log.tamper('DELETE FROM events WHERE position >= 11');
    expect((await log.verify()).firstBreak).toMatchObject({ kind: 'truncated', position: 11 });
  });

  it('notices a stream’s tail deleted and its head fixed to match', async () => {
    const c2 = log.rowAt(9);
    log.tamper(`DELETE FROM events WHERE position = 12;
      UPDATE streams SET last_revision = 2, last_hash = '${c2.hash}' WHERE stream_name = 'c';
      UPDATE sqlite_sequence SET seq = 11 WHERE name = 'events';`);
    const report = await log.verify();
    // The chain, the stream and the sequence now agree; the signed head does not.
    expect(report.firstBreak).toMatchObject({ kind: 'truncated', position: 12 });
    expect(report.breaks).toHaveLength(1);
  });

  it('notices a stream’s tail deleted mid-log and its head fixed to match', async () => {
    const b2 = log.rowAt(8);
    log.tamper(`DELETE FROM events WHERE position = 11;
      UPDATE streams SET last_revision = 2, last_hash = '${b2.hash}' WHERE stream_name = 'b';`);
    expect((await log.verify()).firstBreak).toMatchObject({ kind: 'missing_events', position: 11 });
  });

  it('names two events whose positions were swapped', async () => {
    log.tamper(`UPDATE events SET position = -1 WHERE position = 4;
      UPDATE events SET position = 4 WHERE position = 5;
      UPDATE events SET position = 5 WHERE position = -1;`);
    expect((await log.verify()).firstBreak).toMatchObject({
      kind: 'broken_link',
      position: 4,
      stream: 'b',
      revision: 1,
    });
  });

  it('names two events of a stream whose revisions were swapped', async () => {
    log.tamper(`UPDATE events SET revision = -1 WHERE position = 4;
      UPDATE events SET revision = 1 WHERE position = 7;
      UPDATE events SET revision = 2 WHERE position = 4;`);
    expect((await log.verify()).firstBreak).toMatchObject({
      kind: 'revision_out_of_sequence',
      position: 4,
      stream: 'a',
      revision: 2,
    });
  });

  it('notices a whole stream deleted', async () => {
    log.tamper(
      `DELETE FROM events WHERE stream_name = 'b'; DELETE FROM streams WHERE stream_name = 'b';`,
    );
    expect((await log.verify()).firstBreak).toMatchObject({ kind: 'missing_events', position: 2 });
  });

  it('names a stream recorded without any of its events', async () => {
    log.tamper(`INSERT INTO streams VALUES ('ghost', 0, '${'f'.repeat(64)}')`);
    expect((await log.verify()).firstBreak).toMatchObject({
      kind: 'stream_without_events',
      stream: 'ghost',
    });
  });

  it('catches an edit whose chain was recomputed by the signed head', async () => {
    log.tamper(`UPDATE events SET data = '{"revision":9}' WHERE position = 5`);
    log.rechainFrom(5);
    const report = await log.verify();
    expect(report.firstBreak).toMatchObject({ kind: 'checkpoint_mismatch', position: 12 });
    expect(report.breaks).toHaveLength(1);
  });

  it('narrows a recomputed chain down to after the last checkpoint that still matches', async () => {
    log.store.verifier.recordCheckpoint((await log.verify()).head!);
    for (const stream of streams) {
      await log.store.append(stream, [noted()], { expected: BigInt(eventsPerStream - 1) });
    }
    log.tamper(`UPDATE events SET data = '{"revision":9}' WHERE position = 14`);
    log.rechainFrom(14);
    const report = await log.verify();
    expect(report.firstBreak).toMatchObject({ kind: 'checkpoint_mismatch', position: 15 });
    expect(report.firstBreak!.detail).toContain('after position 12');
  });

  it('catches a recomputed chain re-signed with a stolen key by the exported anchor', async () => {
    const anchor = parseAnchor(formatAnchor((await log.verify()).head!))!;
    log.tamper(`UPDATE events SET metadata = '{"by":"p-9"}' WHERE position = 3`);
    log.rechainFrom(3);
    log.resignWithStolenKey();
    expect((await log.verify()).ok).toBe(true);

    const report = await log.verify(anchor);
    expect(report.firstBreak).toMatchObject({ kind: 'anchor_mismatch', position: 12 });
    // A bare hash, without its position, is looked for anywhere in the log.
    expect((await log.verify({ hash: anchor.hash })).firstBreak).toMatchObject({
      kind: 'anchor_mismatch',
    });
  });

  it('proves the log only grew since an anchor', async () => {
    const anchor = parseAnchor(formatAnchor((await log.verify()).head!))!;
    await log.store.append('d', [noted()], { expected: 'no_stream' });
    expect(await log.verify(anchor)).toMatchObject({ ok: true, eventsChecked: 13 });
  });

  it('names a signed head whose signature was forged', async () => {
    log.tamper(`UPDATE log_head SET signature = '${'0'.repeat(64)}'`);
    expect((await log.verify()).firstBreak).toMatchObject({ kind: 'bad_signature', position: 12 });
  });
});
