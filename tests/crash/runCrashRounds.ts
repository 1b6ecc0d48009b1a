// By hand: `npm run crash --workspace tests -- --rounds 1000 [--clients 8] [--seed 1]`.
// The suite runs 20 of these rounds (crash/sigkillUnderLoad.int.test.ts); this runs as
// many as asked, printing each round and a summary; exits 1 if any round lost anything.
import { parseArgs } from 'node:util';
import { crashRounds, type RoundReport } from './support/crashRounds.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '1000' },
    clients: { type: 'string', default: '8' },
    seed: { type: 'string', default: '1' },
    'rounds-per-data-dir': { type: 'string', default: '50' },
  },
});
const rounds = Number(values.rounds);
const started = Date.now();
const failed: RoundReport[] = [];
let acknowledged = 0;
let retried = 0;

for await (const report of crashRounds({
  rounds,
  clients: Number(values.clients),
  acksPerRound: [10, 80],
  seed: Number(values.seed),
  roundsPerDataDir: Number(values['rounds-per-data-dir']),
})) {
  acknowledged += report.acknowledged;
  retried += report.retried;
  if (report.problems.length > 0) failed.push(report);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(
    `round ${report.round}/${rounds}: ${report.acknowledged} acknowledged, ${report.retried} retried, ` +
      `${report.unanswered} unanswered at the kill, log at ${report.logHead}` +
      `${report.problems.length > 0 ? `, ${report.problems.length} PROBLEM(S)` : ', survived'} (${seconds} s)`,
  );
  for (const problem of report.problems.slice(0, 5)) console.log(`  ${problem}`);
}

const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(
  `\n${rounds - failed.length} of ${rounds} rounds survived a SIGKILL under load ` +
    `(${acknowledged} acknowledged commands, ${retried} retried after a kill; ${minutes} min).`,
);
if (failed.length > 0) {
  console.log(`Rounds that lost something: ${failed.map((report) => report.round).join(', ')}`);
  process.exitCode = 1;
}
