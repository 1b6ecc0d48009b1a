// The at-scale benchmarks in one go: a district of about --events events (default a
// million) into a fresh temporary data directory, projection replay on the demo district
// and on it, then start-up and case-board latency on it. Run by hand:
//   npm run bench:scale [-- --events 1000000 --keep]
// --keep leaves the data directory (its path is printed) for further runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    keep: { type: 'boolean', default: false },
  },
});
const dataDir = join(mkdtempSync(join(tmpdir(), 'gridline-scale-')), 'data');
const run = (script: string, ...args: string[]): void => {
  const result = spawnSync(process.execPath, [new URL(script, import.meta.url).pathname, ...args], {
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`${script} failed (${result.status ?? result.signal})`);
};
try {
  console.log(`load average before: ${loadavg().join(', ')}`);
  run('./benchDistrict.ts', '--events', values.events, '--seed', '7', '--data-dir', dataDir);
  run('./replayThroughput.ts', '--data-dir', dataDir);
  run('./serverAtScale.ts', '--data-dir', dataDir);
  console.log(`load average after: ${loadavg().join(', ')}`);
} finally {
  if (values.keep) console.log(`data directory kept: ${dataDir}`);
  else rmSync(join(dataDir, '..'), { recursive: true, force: true });
}
