// What checking the embedded log's tamper evidence costs, per million events: a full
// verification (the CLI, the auditors' endpoint, the background check after start) and
// an incremental one (the start-up check) over what was appended since its checkpoint.
// Run by hand: `npm run bench:verify` (from tests/), optionally with the number of events
// (default 200,000); the figure goes into docs/reliability.md, never into tests.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';

const total = Number(process.argv[2] ?? 200_000);
const batch = 100;
const appendedSinceCheckpoint = 10_000;

const sample = (index: number) => ({
  id: randomUUID(),
  type: 'CaseNoteAdded',
  data: { caseId: `c-${index % 5000}`, text: '楼道堆物已清理，居民表示满意。', index },
  metadata: {
    actor: { personId: 'p-1', role: 'grid_worker' },
    occurredAt: new Date().toISOString(),
  },
});

/** `count` events in streams of about a hundred events each, the way cases grow. */
const fill = async (store: ReturnType<typeof openSqliteEventStore>, count: number, from = 0) => {
  const writers = 10;
  const perWriter = Math.ceil(count / batch / writers);
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let i = 0; i < perWriter; i++) {
        const first = from + (writer * perWriter + i) * batch;
        const events = Array.from({ length: batch }, (_, j) => sample(first + j));
        await store.append(`case-${Math.floor(first / 100)}`, events, { expected: 'any' });
      }
    }),
  );
};

const seconds = async (work: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
};

const dir = mkdtempSync(join(tmpdir(), 'gridline-bench-verify-'));
const path = join(dir, 'events.sqlite');
const store = openSqliteEventStore({ path });
try {
  console.log(`Filling a log of ${total} events…`);
  await fill(store, total);
  let events = 0;
  const full = await seconds(async () => {
    const report = await store.verifier.verify({ from: 'start' });
    if (!report.ok) throw new Error(`the benchmark's own log does not verify: ${report.breaks}`);
    events = report.eventsChecked;
    store.verifier.recordCheckpoint(report.head!);
  });
  await fill(store, appendedSinceCheckpoint, total);
  let resumed = 0;
  const incremental = await seconds(async () => {
    const report = await store.verifier.verify({ from: 'last_checkpoint' });
    resumed = report.eventsChecked;
  });
  const megabytes = statSync(path).size / 1e6;

  console.log(
    `Embedded SQLite log, ${new Date().toISOString()}, node ${process.version}, ${megabytes.toFixed(0)} MB file`,
  );
  console.table([
    {
      check: 'full (CLI, API, background after start)',
      events,
      seconds: full.toFixed(2),
      'events/s': Math.round(events / full),
      's per million events': ((full / events) * 1e6).toFixed(1),
    },
    {
      check: `incremental (start-up), ${appendedSinceCheckpoint} new events`,
      events: resumed,
      seconds: incremental.toFixed(2),
      'events/s': Math.round(resumed / incremental),
      's per million events': ((incremental / resumed) * 1e6).toFixed(1),
    },
  ]);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
