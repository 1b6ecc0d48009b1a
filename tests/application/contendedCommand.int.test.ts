import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConcurrencyConflict } from '@gridline/backend/application/concurrencyConflict.ts';
import { createServices } from '@gridline/backend/application/services.ts';
import { catalogueGuard } from '@gridline/backend/eventStore/catalogueGuard.ts';
import type { EventStore } from '@gridline/backend/eventStore/port.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';
import { caseAfter, ladder } from '../api/support/caseSetup.ts';
import { establishDistrict, people } from '../api/support/testDistrict.ts';

const now = new Date('2026-06-01T10:00:00+08:00');
const context = (id: string) => ({
  actor: people.worker,
  correlationId: id,
  causationId: id,
  occurredAt: now,
  now,
});

/**
 * Two writers on one log, as two server processes would be: "ours" goes through a store
 * that lets the other writer add a note to the case just before each of our appends, the
 * first `races` times. Our append then meets a revision it did not decide on.
 */
const twoWriters = async (dir: string, races: number) => {
  const store = catalogueGuard(openSqliteEventStore({ path: join(dir, 'events.sqlite') }));
  const theirs = createServices(store);
  await establishDistrict(theirs, new Date('2026-05-01T10:00:00+08:00'));
  const caseId = await caseAfter(theirs, now, ladder.logged);
  let left = races;
  const racing: EventStore = {
    ...store,
    append: async (streamName, events, options) => {
      if (streamName === `case-${caseId}` && left > 0) {
        left -= 1;
        await theirs.cases.execute(
          'AddCaseNote',
          caseId,
          { text: '另一进程的备注' },
          context(`their-${left}`),
        );
      }
      return store.append(streamName, events, options);
    },
  };
  return { store, ours: createServices(racing), caseId };
};

describe('A command without If-Match on a stream another process writes to', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('decides again on the new state until its append holds', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gridline-contended-'));
    const { store, ours, caseId } = await twoWriters(dir, 5);
    const outcome = await ours.cases.execute(
      'AddCaseNote',
      caseId,
      { text: '我的备注' },
      context('mine'),
    );
    expect(outcome.revision).toBe(6n);
    const notes = (await store.readStream(`case-${caseId}`)).filter(
      (e) => e.type === 'CaseNoteAdded',
    );
    expect(notes.map((event) => (event.data as { text: string }).text)).toEqual([
      ...Array<string>(5).fill('另一进程的备注'),
      '我的备注',
    ]);
    await store.close();
  });

  it('gives up with a conflict, writing nothing of its own, when the stream never holds still', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gridline-contended-'));
    const { store, ours, caseId } = await twoWriters(dir, 1000);
    await expect(
      ours.cases.execute('AddCaseNote', caseId, { text: '我的备注' }, context('mine')),
    ).rejects.toBeInstanceOf(ConcurrencyConflict);
    const texts = (await store.readStream(`case-${caseId}`)).map(
      (event) => (event.data as { text?: string }).text,
    );
    expect(texts).not.toContain('我的备注');
    await store.close();
  });
});
