import { join } from 'node:path';
import {
  describeBreak,
  formatAnchor,
  parseAnchor,
  type LogVerificationReport,
} from '../../eventStore/logVerification.ts';
import { readOnlyLogVerifier } from '../../eventStore/sqlite/integrity/readOnlyLogVerifier.ts';
import { eventsFileName } from '../../eventStore/sqlite/schema.ts';
import { CliUsageError, exitCodes, type CliCommand } from '../cliCommand.ts';
import { progressBar } from '../progressBar.ts';

/** The report in a few lines, for people; also what backup, restore and import print. */
export const summaryOf = (report: LogVerificationReport): string[] => {
  const counts = `${report.eventsChecked} events, ${report.streamsChecked} streams, ${report.checkpointsChecked} signed checkpoint(s) with the head`;
  if (report.ok) {
    return [
      `The log verifies: ${counts}.`,
      report.head
        ? `Head (keep it as an anchor): ${formatAnchor(report.head)}`
        : 'The log is empty.',
    ];
  }
  return [
    `The log FAILED verification: ${report.breaksFound} break(s) in ${counts}.`,
    `First break: ${describeBreak(report.firstBreak!)}`,
    ...report.breaks.slice(1).map((found) => `  also: ${describeBreak(found)}`),
    ...(report.breaksFound > report.breaks.length
      ? [`  … and ${report.breaksFound - report.breaks.length} more`]
      : []),
  ];
};

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: "Check the log's hash chain, every stream and the signed checkpoints",
  help: `Reads the whole embedded log (events.sqlite in the data directory) and checks that
nothing was deleted, reordered, edited or re-chained: the log-wide hash chain, every
stream's revisions and recorded head, and the signed head and checkpoints (with the key
in GRIDLINE_LOG_SIGNING_KEY or the data directory's log-signing.key). Safe beside a
running server. Exits 0 when the log verifies, 1 on any break, 2 when it cannot check.

  --anchor <position:hash>  also prove the log still holds a head exported earlier
                            (by \`npm run gridline -- head\`), i.e. it has only grown since
  --json                    print the whole report as JSON`,
  options: { anchor: { type: 'string' }, json: { type: 'boolean' } },

  async run({ config, values, stdout, stderr }) {
    if (config.eventStoreConnectionString) {
      throw new CliUsageError(
        'EVENTSTORE_CONNECTION_STRING is set: verify checks the embedded store, which EventStoreDB replaces',
      );
    }
    const anchorText = values['anchor'];
    const anchor = typeof anchorText === 'string' ? parseAnchor(anchorText) : undefined;
    if (typeof anchorText === 'string' && !anchor) {
      throw new CliUsageError('--anchor takes <position>:<hash> or a 64-character hex hash');
    }
    const path = join(config.dataDir, eventsFileName);
    const verifier = readOnlyLogVerifier(path, config.logSigningKey);
    const bar = progressBar(stderr, 'verifying');
    const report = await verifier.verify({
      from: 'start',
      ...(anchor && { anchor }),
      onProgress: (done, total) => bar.update(done, total),
    });
    bar.finish();
    stdout.write(
      values['json']
        ? `${JSON.stringify(report, null, 2)}\n`
        : `${[path, ...summaryOf(report)].join('\n')}\n`,
    );
    return report.ok ? exitCodes.ok : exitCodes.failed;
  },
};
