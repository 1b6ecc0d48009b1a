import { join } from 'node:path';
import { projections } from '@gridline/projections';
import type { Config } from '../config.ts';
import type { EventStore } from '../eventStore/port.ts';
import { createProjectionRunner, type ProjectionRunner } from './projectionRunner.ts';

/** The read-model folder of a data directory. */
export const readModelFolder = (dataDir: string): string => join(dataDir, 'readmodels');

/**
 * How the server builds read models from position 0: far behind the log, in worker
 * threads that open the store `config` describes; the organisation always in line,
 * because the commands fold it as it goes.
 */
export const serverBulkBuilds = (config: Config) => ({
  config,
  keepInLine: ['organisation'],
});

/**
 * Opens every read model in the data directory and starts following the log. With the
 * server's `config`, read models built from position 0 far behind the log are built in
 * worker threads (readModels/bulkBuild/).
 */
export const startReadModels = async (
  store: EventStore,
  dataDir: string,
  log: (message: string) => void = (message) => console.warn(`gridline: ${message}`),
  config?: Config,
): Promise<ProjectionRunner> => {
  const runner = createProjectionRunner({
    store,
    folder: readModelFolder(dataDir),
    projections,
    log,
    ...(config && { bulk: serverBulkBuilds(config) }),
  });
  await runner.start();
  return runner;
};
