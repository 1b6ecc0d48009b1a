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
import {
  generateBenchDistrict,
  sizeForEvents,
} from '../../bench/district/generateBenchDistrict.ts';
import { startWorkerBuildServer } from './workerBuildServer.ts';

// A district of about 12,000 events served with every read model but the organisation
// built in worker threads, in batches of 20: a build of hundreds of batches, and a gap
// short enough for a stream to replay change by change (20,000 events at most) rather
// than reset. Notes on one case stand for what people do meanwhile.

const password = 'live-hand-back-password';
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const firstCaseId = async (store: EventStore): Promise<string> => {
  for await (const event of store.readAll()) {
    if (event.type === 'DisputeLogged') return (event.data as { caseId: string }).caseId;
  }
  throw new Error('No dispute in the district');
};

export const startHandBackDistrict = async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gridline-live-handback-'));
  await generateBenchDistrict({
    dataDir,
    seed: 7,
    size: sizeForEvents(12_000),
    start: new Date('2026-01-05T00:00:00+08:00'),
    password,
  });
  const server = await startWorkerBuildServer(dataDir, 20);
  const caseId = await firstCaseId(server.store);
  // District-wide: every case change is the auditor's to see.
  const cookie = await server.signIn('auditor', password);

  /** Appends a note to the case; its position. */
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

  return {
    server,
    cookie,
    note,
    /**
     * Notes one after another (a few hundred at most, so that what a stream has to replay
     * stays short of a reset) until the runner has taken the case board back `count`
     * times, then a few more, which the runner applies itself. Their positions.
     */
    async notesUntilHandBack(count: number): Promise<string[]> {
      const written: string[] = [];
      while (server.caseBoardHandBacks.length < count) {
        if (written.length < 300) written.push(await note());
        await pause(5);
      }
      for (let more = 0; more < 5; more += 1) written.push(await note());
      return written;
    },
    /** The ids of every case change after `after`, as the log holds them. */
    async caseChangesAfter(after: string): Promise<string[]> {
      const from = positionFromString(after);
      const ids: string[] = [];
      for await (const recorded of server.store.readAll({ fromPosition: from })) {
        if (comparePositions(recorded.position, from) <= 0) continue;
        if (changeOfRecorded(recorded)) ids.push(positionToString(recorded.position));
      }
      return ids;
    },
    /** How many of `ids` the worker applied before its first hand-back. */
    appliedByWorker: (ids: readonly string[]): number =>
      ids.filter(
        (id) => comparePositions(positionFromString(id), server.caseBoardHandBacks[0]!) <= 0,
      ).length,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

export type HandBackDistrict = Awaited<ReturnType<typeof startHandBackDistrict>>;
