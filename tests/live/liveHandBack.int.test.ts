import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pause, startHandBackDistrict, type HandBackDistrict } from './support/handBackDistrict.ts';
import { resumingStream } from './support/resumingStream.ts';

// A worker thread that builds the case board applies events the runner never fans out to
// live streams. A stream opened while the worker holds the board is told a position the
// worker then goes past; once the runner takes the board back, everything after that
// position must still reach it, once and in order (through the same stream, or after it
// resumes with Last-Event-ID), and a rebuild in a worker must neither lose nor repeat any.

/** Before the first case: resuming from here replays every case change of the district. */
const longAgo = '1/1';

describe('Live streams while a worker thread builds the case board', () => {
  let district: HandBackDistrict;
  const streams: Awaited<ReturnType<typeof resumingStream>>[] = [];
  /** A stream, and the position it was first told live changes follow. */
  const openStream = async (after?: string) => {
    const stream = await resumingStream(district.server.base, district.cookie, after);
    streams.push(stream);
    return { stream, readyAt: stream.events().find((event) => event.event === 'ready')!.id! };
  };
  const arrived = async (stream: (typeof streams)[number], id: string) => {
    await expect
      .poll(() => stream.changes().some((change) => change.id === id), { timeout: 60_000 })
      .toBe(true);
  };

  beforeAll(async () => {
    district = await startHandBackDistrict();
  }, 180_000);
  afterAll(async () => {
    for (const stream of streams) await stream.close();
    await district?.close();
  });

  it('brings a stream opened mid-build every change after its ready position, once, in order', async () => {
    const { server } = district;
    // Opened while the worker holds the board, once it has committed a batch.
    while (server.readModels.writtenPosition('case_board') === undefined) await pause(2);
    expect(server.caseBoardHandBacks).toEqual([]);
    const { stream, readyAt } = await openStream();

    const notes = await district.notesUntilHandBack(1);
    await arrived(stream, notes.at(-1)!);

    const expected = await district.caseChangesAfter(readyAt);
    // The window was there: the worker applied case changes past the ready position.
    expect(district.appliedByWorker(expected)).toBeGreaterThan(0);
    expect(stream.changes().map((change) => change.id)).toEqual(expected);
    expect(stream.events().some((event) => event.event === 'reset')).toBe(false);
    // The server ended the stream at the hand-back, and it resumed after its last id.
    expect(stream.connections()).toBeGreaterThan(1);
  }, 180_000);

  it('neither loses nor repeats a change while a rebuild of the board runs in a worker', async () => {
    const { server } = district;
    // Opened once the runner applies the board itself, and has fanned out a change.
    await district.notesUntilHandBack(1);
    const { stream, readyAt } = await openStream();
    await arrived(stream, await district.note());
    const before = server.caseBoardHandBacks.length;
    const generation = server.readModels.writingGeneration('case_board');
    const firstNote = await district.note();
    // Asked for before the runner has applied the note: it goes to the new generation.
    server.readModels.rebuild(['case_board']);
    // A console resuming from long ago while the new generation is still far behind: the
    // cases it replays are in the generation that serves, not yet in the new one.
    while (
      server.readModels.writingGeneration('case_board') === generation ||
      server.readModels.writtenPosition('case_board') === undefined
    ) {
      await pause(2);
    }
    const resumed = await openStream(longAgo);
    const notes = [firstNote, ...(await district.notesUntilHandBack(before + 1))];
    await arrived(stream, notes.at(-1)!);
    await arrived(resumed.stream, notes.at(-1)!);

    for (const [{ changes }, after] of [
      [stream, readyAt],
      [resumed.stream, longAgo],
    ] as const) {
      const ids = changes().map((change) => change.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(await district.caseChangesAfter(after));
      expect(ids).toEqual(expect.arrayContaining(notes));
    }
  }, 180_000);
});
