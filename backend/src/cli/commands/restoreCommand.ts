import { join, resolve } from 'node:path';
import { eventsFileName } from '../../eventStore/sqlite/schema.ts';
import { ManifestError } from '../../operations/backup/manifest.ts';
import {
  DamagedBackupError,
  RestoreTargetError,
  restoreBackup,
} from '../../operations/backup/restoreBackup.ts';
import { CliUsageError, exitCodes, type CliCommand } from '../cliCommand.ts';
import { progressBar } from '../progressBar.ts';
import { checkLog, refuseEventStoreDb } from './logCheck.ts';
import { summaryOf } from './verifyCommand.ts';

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Restore a backup into a data directory, checking it first and verifying after',
  help: `Checks every file of a backup made by \`backup\` against its manifest (size and
sha256) and restores nothing when any differs; then copies the files into the data
directory (--data-dir, GRIDLINE_DATA_DIR or ./data) and verifies the restored log like
\`verify\` does. Stop the server first. The read models are restored as they were backed
up; the server catches them up to the log when it starts.
Exits 0 when restored and the log verifies, 1 when the backup is damaged or the restored
log does not verify, 2 when it cannot run (no manifest, a data directory in use).

  --from <dir>   the backup folder (required)
  --force        replace the log, accounts, read models and keys of a data directory
                 that holds files (without it, only an empty or new one is accepted)`,
  options: { from: { type: 'string' }, force: { type: 'boolean' } },

  async run({ config, values, stdout, stderr }) {
    refuseEventStoreDb(config.eventStoreConnectionString, 'restore fills');
    if (typeof values['from'] !== 'string') throw new CliUsageError('--from <dir> is required');
    const from = resolve(values['from']);
    const bar = progressBar(stderr, 'restoring');
    let manifest;
    try {
      manifest = await restoreBackup({
        from,
        dataDir: config.dataDir,
        force: values['force'] === true,
        onProgress: (done, total) => bar.update(done, total),
      });
    } catch (error) {
      if (error instanceof DamagedBackupError) {
        stderr.write(`gridline restore: nothing restored: ${error.message}\n`);
        return exitCodes.failed;
      }
      if (error instanceof ManifestError || error instanceof RestoreTargetError) {
        throw new CliUsageError(error.message);
      }
      throw error;
    } finally {
      bar.finish();
    }
    const report = await checkLog(
      join(config.dataDir, eventsFileName),
      config.logSigningKey,
      stderr,
    );
    stdout.write(
      [
        `Restored ${manifest.files.length} files from ${from} (backed up ${manifest.createdAt}) into ${config.dataDir}.`,
        ...summaryOf(report),
      ].join('\n') + '\n',
    );
    if (report.ok && manifest.log.head && report.head?.hash !== manifest.log.head.hash) {
      stderr.write("gridline restore: the restored head differs from the manifest's\n");
      return exitCodes.failed;
    }
    return report.ok ? exitCodes.ok : exitCodes.failed;
  },
};
