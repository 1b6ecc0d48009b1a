import { projections } from '@gridline/projections';
import { openEventStore } from '../../eventStore/openEventStore.ts';
import { createProjectionRunner } from '../../readModels/projectionRunner.ts';
import { readModelFolder, serverBulkBuilds } from '../../readModels/startReadModels.ts';
import { lastPositionOf } from '../../readModels/storeHead.ts';
import { CliUsageError, exitCodes, type CliCommand } from '../cliCommand.ts';
import { progressBar } from '../progressBar.ts';

const names = projections.map((projection) => projection.name);

export const rebuildCommand: CliCommand = {
  name: 'rebuild',
  summary: 'Rebuild read models from position 0 (all, or the ones named)',
  help: `Replays the whole log into a new generation of each read model named (all of them when
none is: ${names.join(', ')}), beside the one in use, which it replaces once the new one has
caught up. Run it with the server stopped; the server also rebuilds on its own when a read
model's version changes, or when the read-model folder (readmodels/ in the data
directory) is deleted.`,
  options: {},
  takesArguments: true,

  async run({ config, positionals, stdout, stderr }) {
    const unknown = positionals.filter((name) => !names.includes(name));
    if (unknown.length > 0) {
      throw new CliUsageError(
        `no read model ${unknown.join(', ')} (there are ${names.join(', ')})`,
      );
    }
    const chosen = positionals.length > 0 ? positionals : names;
    const { store } = openEventStore(config);
    const runner = createProjectionRunner({
      store,
      folder: readModelFolder(config.dataDir),
      projections,
      log: (message) => stderr.write(`${message}\n`),
      bulk: serverBulkBuilds(config),
    });
    try {
      runner.rebuild(chosen);
      const started = Date.now();
      await runner.start();
      const head = await lastPositionOf(store);
      const bar = progressBar(stderr, 'rebuilding');
      while (
        head &&
        !(await runner.waitFor(head, { names: chosen, written: true, timeoutMs: 250 }))
      ) {
        const done = chosen.map((name) => runner.writtenPosition(name)?.commit ?? 0n);
        const least = done.reduce((a, b) => (a < b ? a : b));
        bar.update(Number(least), Number(head.commit));
      }
      bar.finish();
      await runner.refreshHead();
      const failed = runner.status().filter((status) => status.state === 'failed');
      for (const status of failed) stderr.write(`${status.name} failed: ${status.error}\n`);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      stdout.write(
        `Rebuilt ${chosen.join(', ')} to position ${head ? head.commit : 0} in ${seconds} s\n`,
      );
      return failed.length > 0 ? exitCodes.failed : exitCodes.ok;
    } finally {
      await runner.stop();
      await store.close();
    }
  },
};
