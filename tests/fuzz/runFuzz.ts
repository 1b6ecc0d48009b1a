// By hand: `npm run fuzz --workspace tests -- --runs 20000 [--seed 1]`. The suite runs a
// bounded number of the same requests (fuzz/apiFuzz.int.test.ts); this runs as many as
// asked, prints a summary, and exits 1 with the shrunk request when one is answered unfairly.
import { parseArgs } from 'node:util';
import { fuzzApi } from './support/fuzzApi.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
  },
});
const runs = Number(values.runs);
const started = Date.now();
const report = await fuzzApi({
  runs,
  seed: Number(values.seed),
  onProgress: (done) => {
    if (done % 1000 === 0)
      console.log(`${done} requests (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  },
});
console.log(
  `\n${report.runs} requests fuzzed from seed ${report.seed} over ${report.operationsReached} of ` +
    `${report.operations} operations in ${((Date.now() - started) / 1000).toFixed(0)} s: ` +
    Object.entries(report.statuses)
      .sort()
      .map(([kind, count]) => `${count} × ${kind}`)
      .join(', '),
);
if (report.failure) {
  console.log(`\nFAILED:\n${report.failure}`);
  process.exitCode = 1;
} else
  console.log(
    'Every answer was a problem+json 4xx or a documented 2xx; no refusal wrote anything.',
  );
