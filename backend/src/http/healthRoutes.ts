import { Router } from 'express';
import type { ResponseBody, healthSchema } from '@gridline/projections';
import type { LogIntegrity } from '../application/logIntegrity.ts';
import type { EventStore } from '../eventStore/port.ts';
import type { ProjectionRunner } from '../readModels/projectionRunner.ts';

export interface HealthDependencies {
  readonly store: EventStore;
  readonly storeLocation: string;
  readonly integrity: LogIntegrity;
  readonly readModels?: ProjectionRunner;
}

/**
 * 200 while the server answers, even with a broken log or one still being checked after
 * start: it serves reads (auditors need them), so a load balancer must keep routing to
 * it. `status` says which it is.
 */
export const healthRoutes = ({
  store,
  storeLocation,
  integrity,
  readModels,
}: HealthDependencies): Router =>
  Router().get('/health', async (_req, res) => {
    // Touch the log so "ok" means the store answers, not only that the process runs.
    if (readModels) await readModels.refreshHead();
    else for await (const _event of store.readAll({ direction: 'backwards', maxCount: 1 })) break;
    const log = integrity.status();
    const health: ResponseBody<typeof healthSchema> = {
      status: log.state === 'failed' ? 'read_only' : log.state === 'verifying' ? 'verifying' : 'ok',
      store: { kind: store.kind, location: storeLocation },
      log,
      readModels: readModels?.status() ?? [],
    };
    res.json(health);
  });
