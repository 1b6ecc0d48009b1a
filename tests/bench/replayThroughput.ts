// Projection replay: every read model `projections` exports, built from position 0 by the
// runner the server uses, timed; beside it, in the same run, reading the log alone and
// reading plus decoding, so the ratios show where the time goes. Run by hand:
//   npm run bench:replay                          # the default demo district, generated
//   npm run bench:replay -- --data-dir /tmp/d1m   # a district from bench:district
//   npm run bench:replay -- --data-dir /tmp/d1m --skip-demo   # that district alone
//   … --skip-demo --in-line   # every read model applied by the runner itself (the baseline)
//   … --skip-demo --in-line --events 200000   # in line, its first 200,000 events only
//   … --only audit_log,figures   # those read models alone
// Read models go to a temporary folder; the data directory's own are not touched. Two
// lower bounds come with it (docs/benchmarks.md): reading the log with residents' values
// left sealed, and every row the read models end with written once (rowsWrittenOnce.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projections } from '@gridline/projections';
import { readConfig } from '@gridline/backend/config.ts';
import { openEventStore } from '@gridline/backend/eventStore/openEventStore.ts';
import { eventsFileName } from '@gridline/backend/eventStore/sqlite/schema.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';
import { decodeRecorded } from '@gridline/backend/readModels/decodeRecorded.ts';
import { createProjectionRunner } from '@gridline/backend/readModels/projectionRunner.ts';
import { lastPositionOf } from '@gridline/backend/readModels/storeHead.ts';
import { serverBulkBuilds } from '@gridline/backend/readModels/startReadModels.ts';
import { historyEndingToday } from '@gridline/backend/demo/runDemo.ts';
import { generateBenchDistrict } from './district/generateBenchDistrict.ts';
import { rowsWrittenOnce } from './replay/rowsWrittenOnce.ts';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'skip-demo': { type: 'boolean' },
    events: { type: 'string' },
    // Read models by name, comma-separated: what each costs alone.
    only: { type: 'string' },
    // Every read model applied by the runner itself, as before worker builds (baseline).
    'in-line': { type: 'boolean' },
  },
});

const seconds = async (work: () => Promise<unknown>): Promise<number> => {
  const began = performance.now();
  await work();
  return (performance.now() - began) / 1000;
};

const replay = async (label: string, dataDir: string) => {
  // The server's own store: the embedded log behind the residents' data vault.
  const config = readConfig({ GRIDLINE_DATA_DIR: dataDir });
  const { store } = openEventStore(config);
  const folder = mkdtempSync(join(tmpdir(), 'gridline-replay-'));
  try {
    const last = await lastPositionOf(store);
    if (!last) throw new Error(`${dataDir} holds no events`);
    // The embedded store's positions are 1, 2, 3…: the n-th event is at n.
    const limit = values.events === undefined ? undefined : BigInt(values.events);
    const head =
      limit !== undefined && limit < last.commit ? { commit: limit, prepare: limit } : last;
    const events = Number(head.commit);
    const read = await seconds(async () => {
      for await (const _event of store.readAll({ maxCount: events }));
    });
    const decode = await seconds(async () => {
      for await (const event of store.readAll({ maxCount: events })) decodeRecorded(event);
    });
    // The embedded store itself, below the vault: what reading costs before any value is opened.
    const embedded = openSqliteEventStore({ path: join(dataDir, eventsFileName) });
    const sealed = await seconds(async () => {
      for await (const _event of embedded.readAll({ maxCount: events }));
    }).finally(() => embedded.close());
    const chosen = values.only?.split(',') ?? projections.map((projection) => projection.name);
    const runner = createProjectionRunner({
      store,
      folder,
      projections: projections.filter((projection) => chosen.includes(projection.name)),
      log: console.warn,
      ...(!values['in-line'] && { bulk: serverBulkBuilds(config) }),
    });
    const cpuBefore = process.cpuUsage();
    const build = await seconds(async () => {
      await runner.start();
      // `written`: short of the log's head (--events), the files never take over serving.
      const done = await runner.waitFor(head, { timeoutMs: 3_600_000, written: true });
      if (!done) throw new Error('timed out');
    });
    const cpu = process.cpuUsage(cpuBefore);
    await runner.stop();
    const scratch = mkdtempSync(join(tmpdir(), 'gridline-rows-once-'));
    const once = (() => {
      try {
        return rowsWrittenOnce(folder, scratch);
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    })();
    const rate = (s: number) => Math.round(events / s).toLocaleString('en');
    return {
      district: label,
      events,
      'read sealed events/s': rate(sealed),
      'read events/s': rate(read),
      'read+decode events/s': rate(decode),
      'replay s': build.toFixed(1),
      'replay events/s': rate(build),
      // On a shared machine the wall time says as much about the neighbours as the replay.
      'replay CPU s': ((cpu.user + cpu.system) / 1e6).toFixed(1),
      // The process's peak so far: the replay's own, the log's reads aside, is below it.
      'peak RSS MB': Math.round(process.resourceUsage().maxRSS / 1024),
      'rows at the end': once.rows,
      // Lower bound of the replay's SQLite work: each of those rows inserted once, and indexed.
      'rows written once s': `${once.writeSeconds.toFixed(1)} + ${once.indexSeconds.toFixed(1)} indexes`,
      // The same on the CPU alone: the seconds above also wait for the disk.
      'rows written once CPU s': `${once.writeCpuSeconds.toFixed(1)} + ${once.indexCpuSeconds.toFixed(1)} indexes`,
    };
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
};

// Worker builds run to the log's head and hand the files back only there (with their
// indexes): a prefix of the log can only be timed in line.
if (values.events !== undefined && !values['in-line']) {
  throw new Error('--events needs --in-line: worker builds always run to the head of the log');
}

const rows = [];
if (!values['skip-demo']) {
  const demoDir = mkdtempSync(join(tmpdir(), 'gridline-replay-demo-'));
  try {
    await generateBenchDistrict({
      dataDir: demoDir,
      seed: 2026,
      size: 'default',
      start: historyEndingToday(new Date(), 'default'),
      password: 'bench-replay-password',
    });
    rows.push(await replay('demo (default size)', demoDir));
  } finally {
    rmSync(demoDir, { recursive: true, force: true });
  }
}
if (values['data-dir']) rows.push(await replay(values['data-dir'], values['data-dir']));

const replayed = values.only ?? projections.map((projection) => projection.name).join(', ');
console.log(
  `Projection replay from position 0 into ${replayed}${values['in-line'] ? ', in line' : ''}, ` +
    `${new Date().toISOString()}, node ${process.version}`,
);
console.table(rows);
// The target, as CPU: on two cores, 50,000 events/s leaves 40 CPU µs per event.
for (const row of rows) {
  console.log(
    `${row.district}: 50,000 events/s on two cores would leave ${((2 * row.events) / 50_000).toFixed(1)} CPU s`,
  );
}
