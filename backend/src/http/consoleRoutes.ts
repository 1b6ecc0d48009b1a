import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// A missing script or stylesheet is a 404, not the console's page in its place.
const isApiOrAsset = (path: string): boolean =>
  path === '/api' || path.startsWith('/api/') || path.startsWith('/assets/');

/**
 * The console's build (console/dist) on the API's port. Hashed assets are cached for good;
 * index.html never, so a new build shows on the next load. Any other GET outside /api is a
 * console route: index.html answers it and the console shows its own not-found page. Unknown
 * /api paths fall through to the problem+json 404.
 */
export const consoleRoutes = (distDir: string): Router => {
  const router = Router();
  const indexFile = join(distDir, 'index.html');
  router.use('/assets', express.static(join(distDir, 'assets'), { immutable: true, maxAge: '1y' }));
  router.use(express.static(distDir, { index: false }));
  router.get(/.*/, (req, res, next) => {
    if (isApiOrAsset(req.path) || !existsSync(indexFile)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return router;
};
