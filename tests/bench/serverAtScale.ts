// The server on a large log: start-up (time to the first /api/health answer, time until
// every read model is live, memory), then case-board latency through HTTP for a grid
// leader, a street supervisor and an auditor, and the latency of the other views. Run by hand on a district from
// bench:district (its sign-ins use GRIDLINE_DEMO_PASSWORD or the demo's password):
//   npm run bench:server -- --data-dir /tmp/d1m [--repeats 200]
// It starts the server on an empty data directory (the baseline), then twice on the
// district: the first start finds it as it is (after bench:district: no verified
// checkpoint, no read models; `rm -r <dir>/readmodels` to rebuild them again), the second
// finds what the first left. Queries run on the second.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDemoPassword } from '@gridline/backend/demo/demoAccounts.ts';
import { measureCaseBoard } from './server/caseBoardLatency.ts';
import { measureViews } from './server/viewLatency.ts';
import { spawnServer, type SpawnedServer } from './server/spawnServer.ts';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, repeats: { type: 'string', default: '200' } },
});
const dataDir = values['data-dir'];
if (!dataDir) throw new Error('--data-dir is required (a district from bench:district)');
const password = process.env['GRIDLINE_DEMO_PASSWORD'] || defaultDemoPassword;

const mb = (value: number) => Math.round(value);
const startRow = (label: string, server: SpawnedServer) => ({
  start: label,
  'log check': /\((full|incremental) check/.exec(server.output())?.[1] ?? '?',
  'first /api/health s': (server.firstHealthMs / 1000).toFixed(2),
  'first check done s': (server.changesTakenMs / 1000).toFixed(2),
  'all read models live s': (server.allLiveMs / 1000).toFixed(2),
  'log checked in full s': (server.fullCheckMs / 1000).toFixed(2),
  'rss at health MB': mb(server.rssAtHealth),
  'rss when live MB': mb(server.rssAtLive),
  'peak rss MB': mb(server.peakRss()),
});

// The baseline: the same server on an empty data directory, in the same run.
const emptyDir = mkdtempSync(join(tmpdir(), 'gridline-empty-'));
const empty = await spawnServer(emptyDir);
const starts = [startRow('empty data directory (baseline)', empty)];
await empty.stop();
rmSync(emptyDir, { recursive: true, force: true });
const first = await spawnServer(dataDir);
starts.push(startRow('first', first));
await first.stop();
const second = await spawnServer(dataDir);
try {
  starts.push(startRow('second', second));
  const latency = await measureCaseBoard(
    second.base,
    [
      { label: 'grid leader', username: 'grid.leader' },
      { label: 'street supervisor', username: 'street.supervisor' },
      { label: 'auditor', username: 'auditor' },
    ],
    password,
    Number(values.repeats),
  );
  const views = await measureViews(second.base, password, Number(values.repeats));
  console.log(`Server on ${dataDir}, ${new Date().toISOString()}, node ${process.version}`);
  console.table(starts);
  console.table(latency);
  console.table(views);
  console.log(`rss after the queries: ${mb(second.rss())} MB`);
} finally {
  await second.stop();
}
