import { join, resolve } from 'node:path';
import { eventsFileName } from '../../eventStore/sqlite/schema.ts';
import { BackupTargetError, backupDataDir } from '../../operations/backup/onlineBackup.ts';
import { CliUsageError, exitCodes, type CliCommand } from '../cliCommand.ts';
import { progressBar } from '../progressBar.ts';
import { checkLog, refuseEventStoreDb } from './logCheck.ts';
import { summaryOf } from './verifyCommand.ts';

const mebibytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Back up the log, accounts, read models and keys, beside a running server',
  help: `Copies the data directory's log (events.sqlite), accounts (accounts.sqlite), read
models (readmodels/), keys (every file under keys/) and the log's signing key file
(log-signing.key) into an empty or new folder, with manifest.json (each file's size and
sha256, the log's head position and hash). The server may keep running and writing:
SQLite files are copied with SQLite's online backup, which never copies a torn file, and
in an order that keeps the copies consistent (read models, accounts, log, keys). The copy
of the log is then verified like \`verify\` does. When GRIDLINE_LOG_SIGNING_KEY supplies
the key, keep it with the backup yourself: it is not in the data directory.
Exits 0 when the backup is complete and its log verifies, 1 when its log does not
verify, 2 when it cannot run.

  --to <dir>   where the backup goes (required; new or empty)`,
  options: { to: { type: 'string' } },

  async run({ config, values, stdout, stderr }) {
    refuseEventStoreDb(config.eventStoreConnectionString, 'backup copies');
    if (typeof values['to'] !== 'string') throw new CliUsageError('--to <dir> is required');
    const to = resolve(values['to']);
    const bar = progressBar(stderr, 'backing up');
    const started = Date.now();
    const manifest = await backupDataDir({
      dataDir: config.dataDir,
      to,
      keyFromEnvironment: config.logSigningKey !== undefined,
      onProgress: (done, total) => bar.update(Math.round(done), total),
    }).catch((error: unknown) => {
      throw error instanceof BackupTargetError ? new CliUsageError(error.message) : error;
    });
    bar.finish();
    const seconds = (Date.now() - started) / 1000;
    const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
    const report = await checkLog(join(to, eventsFileName), config.logSigningKey, stderr);
    stdout.write(
      [
        `Backed up ${config.dataDir} to ${to}: ${manifest.files.length} files, ${mebibytes(bytes)}, ` +
          `${manifest.log.events} events, in ${seconds.toFixed(1)} s.`,
        `Log head in the backup: ${manifest.log.head ? `${manifest.log.head.position}:${manifest.log.head.hash}` : 'none (empty log)'}`,
        ...(manifest.signingKey === 'environment'
          ? ['The signing key comes from GRIDLINE_LOG_SIGNING_KEY: keep it with this backup.']
          : []),
        ...summaryOf(report).map((line) => `Backup: ${line}`),
      ].join('\n') + '\n',
    );
    return report.ok ? exitCodes.ok : exitCodes.failed;
  },
};
