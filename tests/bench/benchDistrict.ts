// Builds a benchmark district into an empty data directory, fast:
//   npm run bench:district -- --events 1000000 --seed 7 --data-dir /tmp/d1m [--start YYYY-MM-DD] [--check-every 1]
// The same seed, size and start give the same log. It writes the demo sign-ins too
// (password GRIDLINE_DEMO_PASSWORD or the demo's), so the HTTP benchmarks can sign in.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDemoPassword } from '@gridline/backend/demo/demoAccounts.ts';
import { historyEndingToday } from '@gridline/backend/demo/runDemo.ts';
import { eventsFileName } from '@gridline/backend/eventStore/sqlite/schema.ts';
import { generateBenchDistrict, sizeForEvents } from './district/generateBenchDistrict.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '7' },
    'data-dir': { type: 'string' },
    start: { type: 'string' },
    'check-every': { type: 'string', default: '1' },
  },
});
const dataDir = values['data-dir'];
if (!dataDir) throw new Error('--data-dir is required (an empty or new directory)');
if (existsSync(join(dataDir, eventsFileName))) {
  throw new Error(`${dataDir} already holds ${eventsFileName}; give an empty directory`);
}
// The default history is a year ending today, as the demo's, so overdue is current.
const start = values.start
  ? new Date(`${values.start}T00:00:00+08:00`)
  : historyEndingToday(new Date(), 1);

const began = performance.now();
let lastReport = began;
const district = await generateBenchDistrict({
  dataDir,
  seed: Number(values.seed),
  size: sizeForEvents(Number(values.events)),
  start,
  password: process.env['GRIDLINE_DEMO_PASSWORD'] || defaultDemoPassword,
  checkEvery: Number(values['check-every']),
  ...(process.env['GRIDLINE_LOG_SIGNING_KEY'] && {
    signingKey: process.env['GRIDLINE_LOG_SIGNING_KEY'],
  }),
  ...(process.env['GRIDLINE_PERSONAL_DATA_KEY'] && {
    personalDataKey: process.env['GRIDLINE_PERSONAL_DATA_KEY'],
  }),
  onProgress: (decided) => {
    const now = performance.now();
    if (now - lastReport < 5_000) return;
    lastReport = now;
    const rate = Math.round(decided / ((now - began) / 1000));
    process.stderr.write(`  ${decided.toLocaleString('en')} events, ${rate} events/s\n`);
  },
});
const { demo, generateMs, accountsMs } = district;
// CPU time of both threads, so a run on a busy machine can be read too.
const cpu = process.cpuUsage();
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  `District (seed ${demo.seed}, ${demo.size.label}, from ${demo.start.toISOString().slice(0, 10)}): ` +
    `${demo.district.streets.length} streets, ${demo.district.grids.length} grids, ` +
    `${demo.staff.members.length} staff; ${district.events.toLocaleString('en')} events in ` +
    `${(generateMs / 1000).toFixed(1)} s (${Math.round(district.events / (generateMs / 1000))} events/s), ` +
    `sign-ins ${(accountsMs / 1000).toFixed(1)} s, into ${dataDir}; ` +
    `${cpuSeconds.toFixed(0)} CPU s (${Math.round(district.events / cpuSeconds)} events per CPU s), ` +
    `peak rss ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
);
