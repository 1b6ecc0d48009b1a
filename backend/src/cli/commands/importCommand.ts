import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatAnchor } from '../../eventStore/logVerification.ts';
import { ImportTargetNotEmptyError } from '../../eventStore/sqlite/logImport.ts';
import { eventsFileName } from '../../eventStore/sqlite/schema.ts';
import { importLog } from '../../operations/transfer/importLog.ts';
import { JsonlLineError } from '../../operations/transfer/jsonlEvent.ts';
import { CliUsageError, exitCodes, type CliCommand } from '../cliCommand.ts';
import { progressBar } from '../progressBar.ts';
import { checkLog, refuseEventStoreDb } from './logCheck.ts';
import { summaryOf } from './verifyCommand.ts';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Read a file written by export into an empty log, then verify it',
  help: `Reads a JSON Lines file written by \`export\` into the data directory's embedded log,
which must be empty (or not exist yet). Events keep their ids, order, streams, revisions,
data, metadata and recorded times; the hash chain and the signed head are built as they
are appended, so a whole log imported has the same head hash as its source. It all goes
in one transaction: a malformed, cut-short or out-of-order line is named by its number
and nothing at all is imported. The imported log is then verified like \`verify\` does.
Accounts are not part of the log: bring them with backup and restore.
Exits 0 when imported and verified, 1 when the file is refused or the log does not
verify, 2 when it cannot run (no file, a log that already holds events).

  --from <file>   the file to read (required)`,
  options: { from: { type: 'string' } },

  async run({ config, values, stdout, stderr }) {
    refuseEventStoreDb(config.eventStoreConnectionString, 'import fills');
    if (typeof values['from'] !== 'string') throw new CliUsageError('--from <file> is required');
    const from = resolve(values['from']);
    if (!existsSync(from)) throw new CliUsageError(`there is no file ${from}`);
    mkdirSync(config.dataDir, { recursive: true });
    const path = join(config.dataDir, eventsFileName);
    const bar = progressBar(stderr, 'importing');
    const started = Date.now();
    let result;
    try {
      result = await importLog({
        from,
        path,
        ...(config.logSigningKey !== undefined && { signingKey: config.logSigningKey }),
        onProgress: (done, total) => bar.update(done, total),
      });
    } catch (error) {
      if (error instanceof JsonlLineError) {
        stderr.write(`gridline import: ${from}, ${error.message}; nothing was imported\n`);
        return exitCodes.failed;
      }
      if (error instanceof ImportTargetNotEmptyError) throw new CliUsageError(error.message);
      throw error;
    } finally {
      bar.finish();
    }
    const seconds = (Date.now() - started) / 1000;
    const report = await checkLog(path, config.logSigningKey, stderr);
    stdout.write(
      [
        `Imported ${result.events} events from ${from} into ${path} in ${seconds.toFixed(1)} s.`,
        result.head ? `Head: ${formatAnchor(result.head)}` : 'The file held no events.',
        ...summaryOf(report),
      ].join('\n') + '\n',
    );
    return report.ok ? exitCodes.ok : exitCodes.failed;
  },
};
