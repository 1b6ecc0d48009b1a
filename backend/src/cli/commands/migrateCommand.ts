import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { connectionLocation } from '../../eventStore/eventStoreDb/connectionLocation.ts';
import { openEventStoreDb } from '../../eventStore/eventStoreDb/eventStoreDb.ts';
import { eventsFileName } from '../../eventStore/sqlite/schema.ts';
import { MigrationTargetNotEmptyError, migrateLog } from '../../operations/transfer/migrateLog.ts';
import { CliUsageError, exitCodes, type CliCommand } from '../cliCommand.ts';
import { progressBar } from '../progressBar.ts';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Copy the embedded log into an empty EventStoreDB, keeping ids, order and metadata',
  help: `Appends every event of the data directory's embedded log to EventStoreDB through
Gridline's adapter, in log order, keeping each event's id, stream, revision, type, data
and metadata (the recorded time stays in metadata.recordedAt; EventStoreDB stamps its
own). Every append expects the exact revision, so a re-run with --resume after a failure
skips what already arrived and writes nothing twice. Stop the server first: events
appended during the run are left out. Exits 0 when every event was copied, 1 when an
append failed, 2 when it cannot run (no connection string, a target holding events).

  --to-eventstoredb <connection string>   the target (default: EVENTSTORE_CONNECTION_STRING),
                                          e.g. esdb://localhost:2113?tls=false
  --resume                                carry on into a target that holds the start of
                                          this same log`,
  options: { 'to-eventstoredb': { type: 'string' }, resume: { type: 'boolean' } },

  async run({ config, values, stdout, stderr }) {
    const given = values['to-eventstoredb'];
    const connectionString = typeof given === 'string' ? given : config.eventStoreConnectionString;
    if (!connectionString) {
      throw new CliUsageError(
        '--to-eventstoredb <connection string> or EVENTSTORE_CONNECTION_STRING is required',
      );
    }
    const path = join(config.dataDir, eventsFileName);
    if (!existsSync(path)) throw new CliUsageError(`there is no log at ${path}`);
    let target;
    try {
      target = openEventStoreDb(connectionString);
    } catch (error) {
      throw new CliUsageError(`not a usable connection string: ${(error as Error).message}`);
    }
    const bar = progressBar(stderr, 'migrating');
    const started = Date.now();
    try {
      const result = await migrateLog({
        path,
        target,
        resume: values['resume'] === true,
        onProgress: (done, total) => bar.update(done, total),
      });
      bar.finish();
      const seconds = (Date.now() - started) / 1000;
      stdout.write(
        `Migrated ${result.events} events (to position ${result.head}) in ${result.appends} appends ` +
          `to ${connectionLocation(connectionString)} in ${seconds.toFixed(1)} s.\n`,
      );
      return exitCodes.ok;
    } catch (error) {
      bar.finish();
      if (error instanceof MigrationTargetNotEmptyError) throw new CliUsageError(error.message);
      stderr.write(
        `gridline migrate: stopped: ${(error as Error).message}\nRun it again with --resume once the cause is fixed.\n`,
      );
      return exitCodes.failed;
    } finally {
      await target.close();
    }
  },
};
