import { Router } from 'express';
import type { AppDependencies } from './app.ts';

export const healthRoutes = ({ store, storeLocation }: AppDependencies): Router =>
  Router().get('/health', async (_req, res) => {
    // Touch the log so "ok" means the store answers, not only that the process runs.
    for await (const _event of store.readAll({ direction: 'backwards', maxCount: 1 })) break;
    res.json({ status: 'ok', store: { kind: store.kind, location: storeLocation } });
  });
