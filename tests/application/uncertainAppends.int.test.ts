import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '@gridline/backend/application/services.ts';
import { WriteOutcomeUnknown } from '@gridline/backend/application/writeOutcomeUnknown.ts';
import { catalogueGuard } from '@gridline/backend/eventStore/catalogueGuard.ts';
import {
  AppendOutcomeUnknownError,
  StreamNotFoundError,
} from '@gridline/backend/eventStore/errors.ts';
import type { EventStore, ExpectedRevision } from '@gridline/backend/eventStore/port.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';
import { establishDistrict, people } from '../api/support/testDistrict.ts';

/**
 * A store whose first append to the inspection stream gets no answer, as when EventStoreDB
 * times the write out: the events were written (`landed`) or were not.
 */
const answerLostOnce = (store: EventStore, landed: boolean): EventStore => {
  let lost = false;
  return {
    ...store,
    append: async (streamName, events, options) => {
      if (lost || !streamName.startsWith('inspection-')) {
        return store.append(streamName, events, options);
      }
      lost = true;
      if (landed) await store.append(streamName, events, options);
      throw new AppendOutcomeUnknownError(streamName);
    },
  };
};

/** Every expectation the command path appends with. */
const recordingExpectations = (store: EventStore, seen: ExpectedRevision[]): EventStore => ({
  ...store,
  append: (streamName, events, options) => {
    seen.push(options.expected);
    return store.append(streamName, events, options);
  },
});

const now = new Date('2026-06-01T10:00:00+08:00');
const context = {
  actor: people.worker,
  correlationId: 'r-1',
  causationId: 'r-1',
  occurredAt: now,
  now,
};
const patrol = {
  inspectionId: 'insp-uncertain',
  gridId: 'grid-ryy-1',
  inspectorId: 'p-worker',
  startedAt: '2026-06-01T08:00:00+08:00',
  endedAt: '2026-06-01T09:00:00+08:00',
  buildingsVisited: [{ buildingId: 'bld-ryy-3', householdsVisited: 4 }],
  welfareChecks: [],
  findings: [],
};

describe('The command path when the store cannot say whether it wrote', () => {
  let dir: string | undefined;
  let store: EventStore | undefined;
  const openStore = () => {
    dir = mkdtempSync(join(tmpdir(), 'gridline-uncertain-'));
    return (store = catalogueGuard(openSqliteEventStore({ path: join(dir, 'events.sqlite') })));
  };
  afterEach(async () => {
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    store = dir = undefined;
  });

  it('finds its events in the reloaded stream and answers as written', async () => {
    const services = createServices(answerLostOnce(openStore(), true));
    await establishDistrict(services, new Date('2026-05-01T10:00:00+08:00'));
    const outcome = await services.inspections.record(patrol, context);
    expect(outcome.replayed).toBe(false);
    expect(await services.store.readStream('inspection-insp-uncertain')).toHaveLength(1);
  });

  it('says the outcome is unknown when its events are not there, and wrote nothing', async () => {
    const services = createServices(answerLostOnce(openStore(), false));
    await establishDistrict(services, new Date('2026-05-01T10:00:00+08:00'));
    const error = await services.inspections.record(patrol, context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteOutcomeUnknown);
    expect((error as Error).message).toMatch(/reload .* check/i);
    await expect(services.store.readStream('inspection-insp-uncertain')).rejects.toThrow(
      StreamNotFoundError,
    );
  });

  // EventStoreDB checks a retried append against the stream itself only for an exact
  // expectation; under 'any' or 'stream_exists' it relies on a cache lost on restart.
  it('appends every command with an exact expected revision', async () => {
    const seen: ExpectedRevision[] = [];
    const services = createServices(recordingExpectations(openStore(), seen));
    await establishDistrict(services, new Date('2026-05-01T10:00:00+08:00'));
    await services.inspections.record(
      {
        ...patrol,
        findings: [
          {
            findingId: 'f-1',
            category: 'hazard' as const,
            title: '消防通道堵塞',
            caseId: 'case-u',
            riskLevel: 'high' as const,
          },
        ],
      },
      context,
    );
    expect(seen.length).toBeGreaterThan(10);
    expect(
      seen.filter((expected) => expected !== 'no_stream' && typeof expected !== 'bigint'),
    ).toEqual([]);
  });
});
