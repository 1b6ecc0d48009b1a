import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { caseStream } from '@gridline/events';
import { createServices } from '@gridline/backend/application/services.ts';
import { catalogueGuard } from '@gridline/backend/eventStore/catalogueGuard.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';
import { caseAfter, ladder, type Step } from '../api/support/caseSetup.ts';
import { establishDistrict } from '../api/support/testDistrict.ts';

// Two real backend processes run the deadline process on one SQLite file at the same
// moment, over the same overdue cases, with auto-escalation on: every miss and every
// escalation must be in the log exactly once, and a restart must add nothing. Grid cases
// are escalated (to a community deadline still ahead); street cases stay overdue, since
// the process escalates no further, so the restarted process finds them again.

const child = new URL('./fixtures/deadlineProcessChild.ts', import.meta.url).pathname;
const opened = new Date('2026-06-01T09:00:00+08:00');
const overdueAt = new Date('2026-08-03T09:00:00+08:00').toISOString();
const caseCount = 24;

interface Report {
  readonly missesRecorded: number;
  readonly escalated: number;
}

/** Starts a child; `go()` lets it run, `done` resolves with its passes' reports. */
const startChild = (eventsPath: string, dataDir: string) => {
  const process_ = spawn(process.execPath, [child, eventsPath, dataDir, overdueAt, 'on'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: process_.stdout });
  const reports: Report[] = [];
  let markReady: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  lines.on('line', (line) => (line === 'ready' ? markReady() : reports.push(JSON.parse(line))));
  const done = new Promise<Report[]>((resolve, reject) =>
    process_.on('exit', (code) =>
      code === 0 ? resolve(reports) : reject(new Error(`exit ${code}`)),
    ),
  );
  return { ready, done, go: () => process_.stdin.end('go\n') };
};

describe('The deadline process in two backend processes on one store', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('records each miss, and makes each escalation, exactly once', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gridline-two-deadline-'));
    const eventsPath = join(dir, 'events.sqlite');
    const sqlite = openSqliteEventStore({ path: eventsPath });
    const store = catalogueGuard(sqlite);
    const services = createServices(store);
    await establishDistrict(services, new Date(opened.getTime() - 30 * 86_400_000));
    const atStreet: Step[] = [
      ...ladder.atCommunity,
      ['community', 'EscalateCase', { toLevel: 'street', reason: 'beyond_authority' }],
    ];
    const steps = [ladder.logged, ladder.assigned, ladder.accepted, atStreet];
    const atStreetCount = caseCount / steps.length;
    const caseIds: string[] = [];
    for (let index = 0; index < caseCount; index++) {
      caseIds.push(await caseAfter(services, opened, steps[index % steps.length]!));
    }

    const twins = [startChild(eventsPath, join(dir, 'a')), startChild(eventsPath, join(dir, 'b'))];
    await Promise.all(twins.map((twin) => twin.ready));
    for (const twin of twins) twin.go();
    const reports = (await Promise.all(twins.map((twin) => twin.done))).flat();

    for (const [index, caseId] of caseIds.entries()) {
      const events = await store.readStream(caseStream(caseId));
      const missed = events.filter((event) => event.type === 'CaseDeadlineMissed');
      const overdue = events.filter(
        (event) =>
          event.type === 'CaseEscalated' && (event.data as { reason: string }).reason === 'overdue',
      );
      expect(missed, caseId).toHaveLength(1);
      expect(overdue, caseId).toHaveLength(steps[index % steps.length] === atStreet ? 0 : 1);
    }
    // Each twin believes it did what it reports; a twin that lost the race by a hair sent
    // the very events already written (same ids), which the store absorbs without writing,
    // so together they may report more than the log holds — never less.
    const total = (key: keyof Report) => reports.reduce((sum, report) => sum + report[key], 0);
    expect(total('missesRecorded')).toBeGreaterThanOrEqual(caseCount);
    expect(total('escalated')).toBeGreaterThanOrEqual(caseCount - atStreetCount);

    const restarted = startChild(eventsPath, join(dir, 'a'));
    await restarted.ready;
    restarted.go();
    // It looks at the street cases again (it remembers nothing), and writes nothing.
    expect(await restarted.done).toEqual([
      { checked: atStreetCount, missesRecorded: 0, escalated: 0 },
      { checked: 0, missesRecorded: 0, escalated: 0 },
    ]);
    expect(await sqlite.verifier.verify({ from: 'start' })).toMatchObject({ ok: true });
    await store.close();
  }, 120_000);
});
