// Append throughput straight into the embedded store: single appends in sequence,
// 50 concurrent appenders, and batches of 100. Run by hand: `npm run bench:append`
// (from tests/), figures go into the notes and docs/benchmarks.md, never into tests.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';
import type { EventStore } from '@gridline/backend/eventStore/port.ts';

const sample = (index: number) => ({
  id: randomUUID(),
  type: 'CaseNoteAdded',
  data: { caseId: `c-${index}`, text: '楼道堆物已清理，居民表示满意。', index },
  metadata: {
    actor: { personId: 'p-1', role: 'grid_worker' },
    occurredAt: new Date().toISOString(),
  },
});

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

interface Result {
  scenario: string;
  events: number;
  seconds: number;
  latenciesMs: number[];
}

const timed = async (append: () => Promise<unknown>, latencies: number[]): Promise<void> => {
  const start = performance.now();
  await append();
  latencies.push(performance.now() - start);
};

const sequential = async (store: EventStore, count: number): Promise<Result> => {
  const latenciesMs: number[] = [];
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    await timed(
      () => store.append(`seq-${i % 100}`, [sample(i)], { expected: 'any' }),
      latenciesMs,
    );
  }
  return {
    scenario: 'single appends in sequence',
    events: count,
    seconds: (performance.now() - start) / 1000,
    latenciesMs,
  };
};

const concurrent = async (store: EventStore, writers: number, each: number): Promise<Result> => {
  const latenciesMs: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let i = 0; i < each; i++) {
        await timed(
          () =>
            store.append(`conc-${writer}`, [sample(i)], {
              expected: i === 0 ? 'no_stream' : BigInt(i - 1),
            }),
          latenciesMs,
        );
      }
    }),
  );
  return {
    scenario: `${writers} concurrent appenders`,
    events: writers * each,
    seconds: (performance.now() - start) / 1000,
    latenciesMs,
  };
};

const batches = async (store: EventStore, count: number, size: number): Promise<Result> => {
  const latenciesMs: number[] = [];
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const events = Array.from({ length: size }, (_, j) => sample(i * size + j));
    await timed(() => store.append(`batch-${i}`, events, { expected: 'no_stream' }), latenciesMs);
  }
  return {
    scenario: `batches of ${size}`,
    events: count * size,
    seconds: (performance.now() - start) / 1000,
    latenciesMs,
  };
};

const dir = mkdtempSync(join(tmpdir(), 'gridline-bench-'));
const store = openSqliteEventStore({ path: join(dir, 'events.sqlite') });
// The baseline: the same store with group commit off, one fsync per append.
const oneByOne = openSqliteEventStore({ path: join(dir, 'baseline.sqlite'), maxGroupSize: 1 });
try {
  const baseline = await concurrent(oneByOne, 50, 200);
  const results = [
    await sequential(store, 2000),
    await concurrent(store, 50, 200),
    { ...baseline, scenario: `${baseline.scenario}, group commit off (baseline)` },
    await batches(store, 200, 100),
  ];
  console.log(
    `Embedded SQLite store (synchronous=FULL, WAL), ${new Date().toISOString()}, node ${process.version}`,
  );
  console.table(
    results.map(({ scenario, events, seconds, latenciesMs }) => {
      const sorted = [...latenciesMs].sort((a, b) => a - b);
      return {
        scenario,
        events,
        'events/s': Math.round(events / seconds),
        'appends/s': Math.round(latenciesMs.length / seconds),
        'p50 ms': percentile(sorted, 50).toFixed(2),
        'p99 ms': percentile(sorted, 99).toFixed(2),
      };
    }),
  );
  const [, grouped, ungrouped] = results;
  console.log(
    `group commit: ${(ungrouped!.seconds / grouped!.seconds).toFixed(1)}x the throughput of one commit per append, 50 writers`,
  );
} finally {
  await oneByOne.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
