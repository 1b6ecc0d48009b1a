import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { projections } from '@gridline/projections';
import { openAccounts } from '@gridline/backend/accounts/openAccounts.ts';
import { logIntegrity } from '@gridline/backend/application/logIntegrity.ts';
import { createServices } from '@gridline/backend/application/services.ts';
import { readConfig } from '@gridline/backend/config.ts';
import { openEventStore } from '@gridline/backend/eventStore/openEventStore.ts';
import type { Position } from '@gridline/backend/eventStore/port.ts';
import { createApp } from '@gridline/backend/http/app.ts';
import { liveCaseChanges } from '@gridline/backend/live/liveCaseChanges.ts';
import { organisationDirectoryFromReadModel } from '@gridline/backend/readModels/organisationDirectoryReadModel.ts';
import { createProjectionRunner } from '@gridline/backend/readModels/projectionRunner.ts';
import { readModelFolder, serverBulkBuilds } from '@gridline/backend/readModels/startReadModels.ts';

/**
 * The server as `npm start` assembles it over an existing data directory, except that
 * every read model but the organisation goes to a worker thread however small the log
 * (`minimumLag: 1`) and the workers commit small batches, so a build spans many of them.
 */
export const startWorkerBuildServer = async (dataDir: string, batchSize: number) => {
  const config = readConfig({ GRIDLINE_DATA_DIR: dataDir });
  const { store, location, verifier, residentKeys } = openEventStore(config);
  const accounts = openAccounts({ dataDir });
  const readModels = createProjectionRunner({
    store,
    folder: readModelFolder(dataDir),
    projections,
    batchSize,
    bulk: { ...serverBulkBuilds(config), minimumLag: 1, workers: 2 },
  });
  // Where the runner took the case board back from a worker, each time it did.
  const caseBoardHandBacks: Position[] = [];
  readModels.onTakenBack('case_board', (built) => built && caseBoardHandBacks.push(built));
  await readModels.start();
  const services = createServices(
    store,
    undefined,
    organisationDirectoryFromReadModel(store, readModels),
  );
  const live = liveCaseChanges(readModels);
  const server: Server = createApp({
    services,
    storeLocation: location,
    residentKeys,
    accounts,
    integrity: logIntegrity(verifier),
    readModels,
    live,
  }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const signIn = async (username: string, password: string): Promise<string> => {
    const response = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (response.status !== 200) throw new Error(`${username}: ${response.status}`);
    return response.headers.getSetCookie()[0]!.split(';')[0]!;
  };

  return {
    base,
    store,
    readModels,
    live,
    caseBoardHandBacks,
    signIn,
    close: async () => {
      live.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      accounts.close();
      await readModels.stop();
      await store.close();
    },
  };
};
