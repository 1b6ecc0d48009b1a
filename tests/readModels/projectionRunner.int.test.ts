import { existsSync, readdirSync, rmSync } from 'node:fs';
import { organisationProjection } from '@gridline/projections';
import { afterEach, describe, expect, it } from 'vitest';
import { noteCounter, runnerHarness } from './runnerHarness.ts';

type Harness = ReturnType<typeof runnerHarness>;

const count = (db: { prepare(sql: string): { get(): unknown } }) =>
  (db.prepare('SELECT count FROM totals WHERE id = 1').get() as { count: number } | undefined)
    ?.count ?? 0;

describe('The projection runner', () => {
  let harness: Harness;
  afterEach(async () => harness.close());

  it('catches up from position 0 into its own file and reports itself live at lag 0', async () => {
    harness = runnerHarness();
    await harness.addNotes(250);
    const runner = await harness.runner([noteCounter(), organisationProjection]);
    expect(await runner.waitFor(await harness.head())).toBe(true);
    await runner.refreshHead();
    expect(count(runner.database('note_counter'))).toBe(250);
    expect(runner.status()).toEqual([
      { name: 'note_counter', version: 1, state: 'live', position: '250/250', lag: 0 },
      { name: 'organisation', version: 1, state: 'live', position: '250/250', lag: 0 },
    ]);
    expect(
      readdirSync(harness.folder)
        .filter((file) => file.endsWith('.sqlite'))
        .sort(),
    ).toEqual(['note_counter.v1.g1.sqlite', 'organisation.v1.g1.sqlite']);
  });

  it('follows new events live', async () => {
    harness = runnerHarness();
    const runner = await harness.runner([noteCounter()]);
    await harness.addNotes(3);
    expect(await runner.waitFor(await harness.head())).toBe(true);
    expect(count(runner.database('note_counter'))).toBe(3);
  });

  it('resumes from its checkpoint after a restart, applying no event twice', async () => {
    harness = runnerHarness();
    await harness.addNotes(120);
    const first = await harness.runner([noteCounter()]);
    await first.waitFor(await harness.head());
    await harness.stop(first);
    await harness.addNotes(30, 'later');
    const second = await harness.runner([noteCounter()]);
    expect(await second.waitFor(await harness.head())).toBe(true);
    expect(count(second.database('note_counter'))).toBe(150);
  });

  it('keeps answering while it catches up: it yields between batches', async () => {
    harness = runnerHarness();
    await harness.addNotes(2_000);
    let caughtUp = false;
    let answeredMeanwhile = false;
    const runner = await harness.runner([noteCounter()], 50);
    setTimeout(() => (answeredMeanwhile = !caughtUp), 0);
    await runner.waitFor(await harness.head(), { timeoutMs: 25_000 });
    caughtUp = true;
    expect(answeredMeanwhile).toBe(true);
  });

  it('reports a read model that fails, and keeps the others going', async () => {
    harness = runnerHarness();
    await harness.addNotes(10);
    const runner = await harness.runner([noteCounter(1, 'note-4'), organisationProjection]);
    const head = await harness.head();
    expect(await runner.waitFor(head, { names: ['organisation'] })).toBe(true);
    expect(await runner.waitFor(head, { names: ['note_counter'], timeoutMs: 300 })).toBe(false);
    await runner.refreshHead();
    const failed = runner.status().find((status) => status.name === 'note_counter');
    expect(failed).toMatchObject({ state: 'failed', error: 'cannot project note note-4' });
    // It applied everything before the bad event, and stops just short of it.
    expect(count(runner.database('note_counter'))).toBe(4);
  });

  it('tells its listeners of the events it applied before one it cannot', async () => {
    harness = runnerHarness();
    await harness.addNotes(10);
    const runner = await harness.runner([noteCounter(1, 'note-4')]);
    const told: string[] = [];
    runner.onApplied('note_counter', (applied) => {
      for (const { event } of applied) {
        if (event.type === 'CaseNoteAdded') told.push(event.data.text);
      }
    });
    const head = await harness.head();
    expect(await runner.waitFor(head, { timeoutMs: 300 })).toBe(false);
    // The organisation directory and live streams learn of changes this way: one missed
    // here is missed for good.
    expect(told).toEqual(['note-0', 'note-1', 'note-2', 'note-3']);
    expect(count(runner.database('note_counter'))).toBe(4);
  });

  it('builds a new version beside the old one, which serves until the new one has caught up', async () => {
    harness = runnerHarness();
    await harness.addNotes(1_000);
    const v1 = await harness.runner([noteCounter(1)]);
    await v1.waitFor(await harness.head());
    await harness.stop(v1);

    const v2 = await harness.runner([noteCounter(2)], 20);
    const servingFirst = v2
      .database('note_counter')
      .prepare('SELECT DISTINCT version FROM notes')
      .all();
    expect(servingFirst).toEqual([{ version: 1 }]);
    expect(v2.status()[0]).toMatchObject({ state: 'rebuilding', version: 1 });

    // The old version holds every event already; the new one must be written to the head.
    expect(await v2.waitFor(await harness.head(), { timeoutMs: 25_000, written: true })).toBe(true);
    await v2.refreshHead();
    expect(v2.status()[0]).toMatchObject({ state: 'live', version: 2 });
    expect(v2.database('note_counter').prepare('SELECT DISTINCT version FROM notes').all()).toEqual(
      [{ version: 2 }],
    );
    expect(count(v2.database('note_counter'))).toBe(1_000);
    expect(existsSync(`${harness.folder}/note_counter.v1.g1.sqlite`)).toBe(false);
  });

  it('rebuilds on request into a new generation with the same answers', async () => {
    harness = runnerHarness();
    await harness.addNotes(300);
    const runner = await harness.runner([noteCounter()]);
    const head = await harness.head();
    await runner.waitFor(head);
    runner.rebuild(['note_counter']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await runner.refreshHead();
    expect(await runner.waitFor(head, { timeoutMs: 25_000 })).toBe(true);
    await runner.refreshHead();
    expect(readdirSync(harness.folder).filter((file) => file.endsWith('.sqlite'))).toEqual([
      'note_counter.v1.g2.sqlite',
    ]);
    expect(count(runner.database('note_counter'))).toBe(300);
  });

  it('rebuilds everything from the log when the read-model folder is deleted', async () => {
    harness = runnerHarness();
    await harness.addNotes(200);
    const first = await harness.runner([noteCounter()]);
    await first.waitFor(await harness.head());
    const before = first
      .database('note_counter')
      .prepare('SELECT * FROM notes ORDER BY text')
      .all();
    await harness.stop(first);
    rmSync(harness.folder, { recursive: true });
    const second = await harness.runner([noteCounter()]);
    expect(await second.waitFor(await harness.head())).toBe(true);
    expect(
      second.database('note_counter').prepare('SELECT * FROM notes ORDER BY text').all(),
    ).toEqual(before);
  });

  it('gives up waiting for a position the log has not reached, after the time given', async () => {
    harness = runnerHarness();
    await harness.addNotes(1);
    const runner = await harness.runner([noteCounter()]);
    expect(await runner.waitFor({ commit: 99n, prepare: 99n }, { timeoutMs: 100 })).toBe(false);
  });
});
