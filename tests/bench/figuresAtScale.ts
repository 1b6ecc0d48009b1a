// Figures query latency at about a million events: the demo district's log (from a data
// directory `npm start` filled) copied under new ids until the log holds ~1M events, as
// if the district had that many more grids over the same months, projected into a figures
// read model on disk; then each query timed, and the district's figures recomputed from
// the same events and compared. Run by hand:
// `GRIDLINE_DATA_DIR=/tmp/gl-fig npm run bench:figures-at-scale` (from tests/); EVENTS sets
// the size, ROUNDS the repetitions, MMAP a SQLite mmap_size to try (the runner sets none).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3';
import {
  createTables,
  dayMs,
  emptyLogFacts,
  figureNames,
  figureReport,
  figuresProjection,
  foldEvent,
  logFigureBook,
  rankCommunities,
  readModelFigureBook,
  readModelPlaces,
  rowWriter,
  type FiguresQuery,
  type ProjectedEvent,
} from '@gridline/projections';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';
import { decodeRecorded } from '@gridline/backend/readModels/decodeRecorded.ts';

const dataDir = process.env['GRIDLINE_DATA_DIR'] ?? '/tmp/gl-fig';
const target = Number(process.env['EVENTS'] ?? 1_000_000);
const rounds = Number(process.env['ROUNDS'] ?? 10);

const store = openSqliteEventStore({ path: join(dataDir, 'events.sqlite') });
const base: ProjectedEvent[] = [];
for await (const record of store.readAll()) base.push(decodeRecorded(record));
await store.close();
const copies = Math.ceil(target / base.length);

/** Every id in an event's data, renamed for copy `k`, so each copy is a district of its own. */
const renamed = (value: unknown, k: number, key = ''): unknown => {
  if (typeof value === 'string')
    return key.endsWith('Id') || key.endsWith('Ids') ? `${value}~${k}` : value;
  if (Array.isArray(value)) return value.map((item) => renamed(item, k, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([name, inner]) => [name, renamed(inner, k, name)]),
    );
  return value;
};
function* allEvents(): Generator<ProjectedEvent> {
  let position = 0n;
  for (let k = 0; k < copies; k += 1) {
    for (const projected of base) {
      position += 1n;
      yield {
        ...projected,
        event:
          k === 0
            ? projected.event
            : ({
                ...projected.event,
                data: renamed(projected.event.data, k),
              } as ProjectedEvent['event']),
        position: { commit: position, prepare: position },
      };
    }
  }
}

const dir = mkdtempSync(join(tmpdir(), 'gridline-figures-scale-'));
const db = new Database(join(dir, 'figures.sqlite'));
db.pragma('journal_mode = WAL');
if (process.env['MMAP']) db.pragma(`mmap_size = ${process.env['MMAP']}`);
createTables(db, figuresProjection.tables);
const writer = rowWriter(db, figuresProjection.tables);
let started = performance.now();
let batch: ProjectedEvent[] = [];
const apply = db.transaction((events: ProjectedEvent[]) => {
  for (const event of events) {
    if (figuresProjection.eventTypes.includes(event.event.type))
      writer.apply(figuresProjection.project(event, writer));
  }
  writer.flush();
});
for (const event of allEvents()) {
  batch.push(event);
  if (batch.length < 10_000) continue;
  apply(batch);
  batch = [];
}
apply(batch);
const total = copies * base.length;
console.log(
  `projected ${total.toLocaleString()} events (${copies} copies of ${base.length}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

const last = Math.max(...base.map((e) => Date.parse(e.metadata.recordedAt)));
const month = { from: last - 30 * dayMs, to: last };
const half = { from: last - 182 * dayMs, to: last };
const weeksOf = (w: { from: number; to: number }) =>
  Array.from({ length: Math.floor((w.to - w.from) / (7 * dayMs)) }, (_, i) => ({
    from: w.from + i * 7 * dayMs,
    to: w.from + (i + 1) * 7 * dayMs,
  }));
const someCase = base.find((e) => e.event.type === 'IssueReported')!.event.data as {
  place: { streetId: string; communityId: string; gridId: string };
};
const book = readModelFigureBook(db);
const query = (
  scope: FiguresQuery['scope'],
  window = month,
  extra: Partial<FiguresQuery> = {},
): FiguresQuery => ({ scope, window, source: null, figures: figureNames, weeks: null, ...extra });
const scenarios: [string, () => unknown][] = [
  ['district, 30 days, all figures', () => figureReport(book, query({ kind: 'district' }))],
  [
    'district, 26 weeks, all figures week by week',
    () => figureReport(book, query({ kind: 'district' }, half, { weeks: weeksOf(half) })),
  ],
  [
    'district, 6 months, source=patrol',
    () => figureReport(book, query({ kind: 'district' }, half, { source: 'inspection' })),
  ],
  [
    'street, 6 months',
    () => figureReport(book, query({ kind: 'street', id: someCase.place.streetId }, half)),
  ],
  [
    'community, 6 months, source=meeting tally',
    () =>
      figureReport(
        book,
        query({ kind: 'community', id: someCase.place.communityId }, half, {
          source: 'meeting',
          figures: ['residentMeetings', 'resolutionRate'],
        }),
      ),
  ],
  [
    'grid, 26 weeks week by week',
    () =>
      figureReport(
        book,
        query({ kind: 'grid', id: someCase.place.gridId }, half, { weeks: weeksOf(half) }),
      ),
  ],
  [
    'ranking of every community, one month',
    () => rankCommunities(book, readModelPlaces(db), { kind: 'district' }, month),
  ],
];
for (const [name, run] of scenarios) {
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name}: p50 ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms`,
  );
}

// Where a district week's time goes, figure by figure: the weekly series repeats it.
const districtWeek = {
  scope: { kind: 'district' } as const,
  source: null,
  window: { from: last - 7 * dayMs, to: last },
};
const costs = figureNames.map((name) => {
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const fresh = readModelFigureBook(db);
    started = performance.now();
    fresh[name](districtWeek);
    times.push(performance.now() - started);
  }
  return [name, times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!] as const;
});
console.log(
  `one district week, slowest figures: ${[...costs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`)
    .join(', ')}`,
);

started = performance.now();
const facts = emptyLogFacts();
for (const event of allEvents()) foldEvent(facts, event);
const recomputed = logFigureBook(facts);
const districtQuery = query({ kind: 'district' }, half);
const fromLog = figureReport(recomputed, districtQuery);
console.log(
  `recomputed the district's figures from ${total.toLocaleString()} events in ${((performance.now() - started) / 1000).toFixed(1)} s: ${isDeepStrictEqual(fromLog, figureReport(book, districtQuery)) ? 'equal' : 'DIFFERENT'} to the read model's`,
);
db.close();
rmSync(dir, { recursive: true, force: true });
