import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseStream, eventDefinition } from '@gridline/events';
import { sampleMetadata } from '@gridline/events/fixtures/sampleMetadata.ts';
import {
  comparePositions,
  positionFromString,
  positionToString,
  type EventStore,
} from '@gridline/backend/eventStore/port.ts';
import { changeOfRecorded } from '@gridline/backend/live/caseChange.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBenchDistrict, sizeForEvents } from '../bench/district/generateBenchDistrict.ts';
import { resumingStream } from './support/resumingStream.ts';
import { startWorkerBuildServer } from './support/workerBuildServer.ts';

// A worker thread that builds the case board applies events the runner never fans out to
// live streams. A stream opened while the worker holds the board is told a position the
// worker then goes past; once the runner takes the board back, everything after that
// position must still reach it, once and in order (through the same stream, or after it
// resumes with Last-Event-ID), and a rebuild in a worker must neither lose nor repeat any.

const password = 'live-hand-back-password';
/** Before the first case: resuming from here replays every case change of the district. */
const longAgo = '1/1';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const firstCaseId = async (store: EventStore): Promise<string> => {
  for await (const event of store.readAll()) {
    if (event.type === 'DisputeLogged') return (event.data as { caseId: string }).caseId;
  }
  throw new Error('No dispute in the district');
};

/** The ids of every case change after `after`, as the log holds them. */
const caseChangesAfter = async (store: EventStore, after: string): Promise<string[]> => {
  const from = positionFromString(after);
  const ids: string[] = [];
  for await (const recorded of store.readAll({ fromPosition: from })) {
    if (comparePositions(recorded.position, from) <= 0) continue;
    if (changeOfRecorded(recorded)) ids.push(positionToString(recorded.position));
  }
  return ids;
};

describe('Live streams while a worker thread builds the case board', () => {
  let dataDir: string;
  let server: Awaited<ReturnType<typeof startWorkerBuildServer>>;
  let cookie: string;
  let caseId: string;
  const streams: Awaited<ReturnType<typeof resumingStream>>[] = [];
  /** A stream, and the position it was first told live changes follow. */
  const openStream = async (after?: string) => {
    const stream = await resumingStream(server.base, cookie, after);
    streams.push(stream);
    return { stream, readyAt: stream.events().find((event) => event.event === 'ready')!.id! };
  };

  const note = async (): Promise<string> => {
    const id = randomUUID();
    const event = {
      id,
      type: 'CaseNoteAdded',
      data: { caseId, text: `note ${id}` },
      metadata: sampleMetadata({
        eventId: id,
        schemaVersion: eventDefinition('CaseNoteAdded').version,
      }),
    };
    const { position } = await server.store.append(caseStream(caseId), [event], {
      expected: 'any',
    });
    return positionToString(position);
  };

  /**
   * Notes one after another (a few hundred at most, so that what a stream has to replay
   * stays short of a reset) until the runner has taken the case board back `count` times.
   */
  const notesUntilHandBack = async (count: number) => {
    const written: string[] = [];
    while (server.caseBoardHandBacks.length < count) {
      if (written.length < 300) written.push(await note());
      await pause(5);
    }
    // And a few more, which the runner applies itself.
    for (let more = 0; more < 5; more += 1) written.push(await note());
    return written;
  };

  const arrived = async (stream: (typeof streams)[number], id: string) => {
    await expect
      .poll(() => stream.changes().some((change) => change.id === id), { timeout: 60_000 })
      .toBe(true);
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gridline-live-handback-'));
    // About 12,000 events: a build of hundreds of worker batches, and a gap short enough
    // for a stream to replay change by change (20,000 events at most) rather than reset.
    await generateBenchDistrict({
      dataDir,
      seed: 7,
      size: sizeForEvents(12_000),
      start: new Date('2026-01-05T00:00:00+08:00'),
      password,
    });
    server = await startWorkerBuildServer(dataDir, 20);
    caseId = await firstCaseId(server.store);
    cookie = await server.signIn('auditor', password);
  }, 180_000);
  afterAll(async () => {
    for (const stream of streams) await stream.close();
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('brings a stream opened mid-build every change after its ready position, once, in order', async () => {
    // Opened while the worker holds the board, once it has committed a batch.
    while (server.readModels.writtenPosition('case_board') === undefined) await pause(2);
    expect(server.caseBoardHandBacks).toEqual([]);
    const { stream, readyAt } = await openStream();

    const notes = await notesUntilHandBack(1);
    await arrived(stream, notes.at(-1)!);

    // The window was there: the worker applied case changes past the ready position.
    const handBack = server.caseBoardHandBacks[0]!;
    const expected = await caseChangesAfter(server.store, readyAt);
    const appliedByWorker = expected.filter(
      (id) => comparePositions(positionFromString(id), handBack) <= 0,
    );
    expect(appliedByWorker.length).toBeGreaterThan(0);
    expect(stream.changes().map((change) => change.id)).toEqual(expected);
    expect(stream.events().some((event) => event.event === 'reset')).toBe(false);
  }, 180_000);

  it('neither loses nor repeats a change while a rebuild of the board runs in a worker', async () => {
    // Opened once the runner applies the board itself, and has fanned out a change.
    await notesUntilHandBack(1);
    const { stream, readyAt } = await openStream();
    const seen = await note();
    await arrived(stream, seen);
    const before = server.caseBoardHandBacks.length;
    const generation = server.readModels.writingGeneration('case_board');
    const firstNote = await note();
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
    const notes = [firstNote, ...(await notesUntilHandBack(before + 1))];
    await arrived(stream, notes.at(-1)!);
    await arrived(resumed.stream, notes.at(-1)!);

    for (const [{ changes }, after] of [
      [stream, readyAt],
      [resumed.stream, longAgo],
    ] as const) {
      const ids = changes().map((change) => change.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(await caseChangesAfter(server.store, after));
      expect(ids).toEqual(expect.arrayContaining(notes));
    }
  }, 180_000);
});
