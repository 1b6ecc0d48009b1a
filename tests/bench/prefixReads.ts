// Reading the streams under a prefix (the access logs' reveals) among other streams, as the
// reveal log does after a start: the embedded store, a log of N reveals in 50 revealers'
// streams and as many other events, built once in a temporary folder. Run by hand:
//   npm run bench:prefix-reads --workspace tests [-- --reveals 200000]
// Beside it, in the same run, reading the whole log unfiltered: what the index saves.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';

const { values } = parseArgs({ options: { reveals: { type: 'string', default: '200000' } } });
const reveals = Number(values.reveals);
const folder = mkdtempSync(join(tmpdir(), 'gridline-prefix-reads-'));
const store = openSqliteEventStore({ path: join(folder, 'events.sqlite') });
const seconds = async (work: () => Promise<number>) => {
  const began = performance.now();
  const count = await work();
  return { count, s: ((performance.now() - began) / 1000).toFixed(2) };
};
const count = async (events: AsyncIterable<unknown>) => {
  let n = 0;
  for await (const _event of events) n += 1;
  return n;
};
try {
  const noted = (n: number) => ({
    id: randomUUID(),
    type: 'Noted',
    data: { n, note: 'x'.repeat(200) },
    metadata: {},
  });
  // A thousand at a time, revealers' streams and the others' in turns.
  for (let round = 0; round < Math.ceil(reveals / 1000); round += 1) {
    const batch = Array.from({ length: 1000 }, (_, n) => noted(n));
    await store.append(`access-${round % 50}`, batch, { expected: 'any' });
    await store.append(
      `case-${round}`,
      batch.map((event) => ({ ...event, id: randomUUID() })),
      {
        expected: 'any',
      },
    );
  }
  const filtered = { filter: { streamPrefixes: ['access-'] } };
  const rows = [
    {
      read: 'the access logs (prefix filter)',
      ...(await seconds(() => count(store.readAll(filtered)))),
    },
    { read: 'the whole log, unfiltered', ...(await seconds(() => count(store.readAll()))) },
    { read: 'the access logs again', ...(await seconds(() => count(store.readAll(filtered)))) },
  ];
  console.log(`Reading by stream prefix, ${new Date().toISOString()}, node ${process.version}`);
  console.table(rows);
} finally {
  await store.close();
  rmSync(folder, { recursive: true, force: true });
}
