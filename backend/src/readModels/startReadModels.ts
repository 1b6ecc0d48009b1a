import { join } from 'node:path';
import { projections } from '@gridline/projections';
import type { EventStore } from '../eventStore/port.ts';
import { createProjectionRunner, type ProjectionRunner } from './projectionRunner.ts';

/** The read-model folder of a data directory. */
export const readModelFolder = (dataDir: string): string => join(dataDir, 'readmodels');

/** Opens every read model in the data directory and starts following the log. */
export const startReadModels = async (
  store: EventStore,
  dataDir: string,
  log: (message: string) => void = (message) => console.warn(`gridline: ${message}`),
): Promise<ProjectionRunner> => {
  const runner = createProjectionRunner({
    store,
    folder: readModelFolder(dataDir),
    projections,
    log,
  });
  await runner.start();
  return runner;
};
