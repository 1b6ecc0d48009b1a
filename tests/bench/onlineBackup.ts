// An online backup of a data directory while another connection appends to its log
// without pause, as a running server would. Run by hand, on a copy you can spare (the
// writer's events stay in it):
//   npm run bench:backup --workspace tests -- --data-dir /tmp/ops-1m-copy --to /tmp/ops-1m-online
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, to: { type: 'string' } },
});
if (!values['data-dir'] || !values.to) throw new Error('--data-dir and --to are required');
const dataDir = resolve(values['data-dir']);
const to = resolve(values.to);

const store = openSqliteEventStore({ path: join(dataDir, 'events.sqlite') });
let appended = 0;
let writing = true;
const writer = (async () => {
  while (writing) {
    await store.append(
      'bench-backup-writer',
      [{ id: crypto.randomUUID(), type: 'BenchWrite', data: { n: appended }, metadata: {} }],
      { expected: 'any' },
    );
    appended += 1;
  }
})();

while (appended < 10) await new Promise((done) => setTimeout(done, 10));
const before = appended;
const started = performance.now();
const cli = new URL('../../backend/src/cli/gridlineCli.ts', import.meta.url).pathname;
const { stdout } = await promisify(execFile)(process.execPath, [
  cli,
  'backup',
  '--to',
  to,
  '--data-dir',
  dataDir,
]);
const seconds = (performance.now() - started) / 1000;
const during = appended - before;
writing = false;
await writer;
await store.close();
const manifest = JSON.parse(readFileSync(join(to, 'manifest.json'), 'utf8')) as {
  log: { events: number; head: { position: number } };
};
process.stdout.write(stdout);
console.log(
  `online backup: ${seconds.toFixed(1)} s in all while the writer appended ${during} events ` +
    `(${Math.round(during / seconds)}/s); the backup holds ${manifest.log.events} events, head ${manifest.log.head.position}`,
);
