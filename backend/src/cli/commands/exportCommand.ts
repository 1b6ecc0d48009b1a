import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { eventsFileName } from '../../eventStore/sqlite/schema.ts';
import { exportLog } from '../../operations/transfer/exportLog.ts';
import { CliUsageError, exitCodes, type CliCommand } from '../cliCommand.ts';
import { progressBar } from '../progressBar.ts';
import { refuseEventStoreDb } from './logCheck.ts';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Write the log as JSON Lines, one event per line (for import or migration)',
  help: `Writes the embedded log, up to its head when the export starts, to a new file as JSON
Lines: one event per line, in log order, with its position, id, stream, revision, type,
version (its schema version), data, metadata and recordedAt. Memory stays flat however
long the log; the file appears under its name only once complete. Safe beside a running
server. Exits 0 when written, 2 when it cannot run.

  --to <file>             the file to write (required; must not exist)
  --from-position <n>     start at this position (inclusive) instead of the first event`,
  options: { to: { type: 'string' }, 'from-position': { type: 'string' } },

  async run({ config, values, stdout, stderr }) {
    refuseEventStoreDb(config.eventStoreConnectionString, 'export reads');
    if (typeof values['to'] !== 'string') throw new CliUsageError('--to <file> is required');
    const to = resolve(values['to']);
    if (existsSync(to)) throw new CliUsageError(`${to} exists; export writes a new file`);
    const fromText = values['from-position'];
    const fromPosition = typeof fromText === 'string' ? Number(fromText) : 1;
    if (!/^[1-9]\d*$/.test(String(fromText ?? '1')) || !Number.isSafeInteger(fromPosition)) {
      throw new CliUsageError('--from-position takes a whole number, 1 or more');
    }
    const bar = progressBar(stderr, 'exporting');
    const started = Date.now();
    const result = await exportLog({
      path: join(config.dataDir, eventsFileName),
      to,
      fromPosition,
      onProgress: (done, total) => bar.update(done, total),
    }).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      throw code === 'ENOENT' || code === 'EEXIST' || code === 'EACCES'
        ? new CliUsageError(`cannot write ${to}: ${(error as Error).message}`)
        : error;
    });
    bar.finish();
    const seconds = (Date.now() - started) / 1000;
    stdout.write(
      `Exported ${result.events} events (positions ${fromPosition} to ${result.head}) to ${to} in ${seconds.toFixed(1)} s.\n`,
    );
    return exitCodes.ok;
  },
};
