import { Router } from 'express';
import type { EventStore } from '../eventStore/port.ts';
import type { ProjectionRunner } from '../readModels/projectionRunner.ts';

export interface HealthDependencies {
  readonly store: EventStore;
  readonly storeLocation: string;
  readonly readModels?: ProjectionRunner;
}

export const healthRoutes = ({ store, storeLocation, readModels }: HealthDependencies): Router =>
  Router().get('/health', async (_req, res) => {
    // Touch the log so "ok" means the store answers, not only that the process runs.
    await readModels?.refreshHead();
    if (!readModels) {
      for await (const _event of store.readAll({ direction: 'backwards', maxCount: 1 })) break;
    }
    res.json({
      status: 'ok',
      store: { kind: store.kind, location: storeLocation },
      readModels: readModels?.status() ?? [],
    });
  });
