// How soon a live subscription sees an event another process appended to the same
// embedded store (it polls PRAGMA data_version every 50 ms while waiting). Run by hand:
// `npm run bench:cross-process` (from tests/).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';

const count = 200;
const dir = mkdtempSync(join(tmpdir(), 'gridline-latency-'));
const path = join(dir, 'events.sqlite');
const store = openSqliteEventStore({ path });
const subscription = store.subscribeToAll({ fromPosition: 'end' });
const delays: number[] = [];
const watching = (async () => {
  for await (const item of subscription) {
    if (item.kind !== 'event') continue;
    delays.push(Date.now() - (item.event.data as { sentAt: number }).sentAt);
    if (delays.length === count) return;
  }
})();
const child = new URL('./fixtures/appendTimed.ts', import.meta.url).pathname;
await promisify(execFile)(process.execPath, [child, path, String(count), '20']);
await watching;
await store.close();
rmSync(dir, { recursive: true, force: true });
delays.sort((a, b) => a - b);
const at = (p: number) =>
  delays[Math.min(delays.length - 1, Math.floor((p / 100) * delays.length))];
console.log(
  `cross-process subscription delay over ${count} events: p50 ${at(50)} ms, p90 ${at(90)} ms, max ${delays.at(-1)} ms (poll interval 50 ms)`,
);
