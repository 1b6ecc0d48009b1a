import express, { Router, type RequestHandler } from 'express';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

// A missing script or stylesheet is a 404, not the console's page in its place.
const isApiOrAsset = (path: string): boolean =>
  path === '/api' || path.startsWith('/api/') || path.startsWith('/assets/');

const yearOfCaching = 'public, max-age=31536000, immutable';

/**
 * The build keeps a gzipped copy beside each large asset (console/buildWhenStale.ts): sent to
 * browsers that take gzip, so the console's JavaScript and antd's stylesheet cross the
 * network at a tenth of their size without compressing on every request.
 */
const gzippedAssets =
  (assetsDir: string): RequestHandler =>
  (req, res, next) => {
    const asset = normalize(req.path).replace(/^[/\\]+/, '');
    if (asset.startsWith('..') || !req.acceptsEncodings('gzip')) return next();
    if (!existsSync(join(assetsDir, `${asset}.gz`))) return next();
    res.type(extname(asset));
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', yearOfCaching);
    res.sendFile(`${asset}.gz`, { root: assetsDir });
  };

/**
 * The console's build (console/dist) on the API's port. Hashed assets are cached for good;
 * index.html never, so a new build shows on the next load. Any other GET outside /api is a
 * console route: index.html answers it and the console shows its own not-found page. Unknown
 * /api paths fall through to the problem+json 404.
 */
export const consoleRoutes = (distDir: string): Router => {
  const router = Router();
  const indexFile = join(distDir, 'index.html');
  const assetsDir = join(distDir, 'assets');
  router.use('/assets', gzippedAssets(assetsDir));
  router.use('/assets', express.static(assetsDir, { immutable: true, maxAge: '1y' }));
  router.use(express.static(distDir, { index: false }));
  router.get(/.*/, (req, res, next) => {
    if (isApiOrAsset(req.path) || !existsSync(indexFile)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return router;
};
