import { Router } from 'express';
import type { EventStore } from '../eventStore/port.ts';

export interface HealthDependencies {
  readonly store: EventStore;
  readonly storeLocation: string;
}

export const healthRoutes = ({ store, storeLocation }: HealthDependencies): Router =>
  Router().get('/health', async (_req, res) => {
    // Touch the log so "ok" means the store answers, not only that the process runs.
    for await (const _event of store.readAll({ direction: 'backwards', maxCount: 1 })) break;
    res.json({ status: 'ok', store: { kind: store.kind, location: storeLocation } });
  });
