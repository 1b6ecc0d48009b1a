import { once } from 'node:events';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { consoleRoutes } from '@gridline/backend/http/consoleRoutes.ts';
import { notFoundRoute, problemMiddleware } from '@gridline/backend/http/problemMiddleware.ts';
import { securityHeaders } from '@gridline/backend/http/securityHeaders.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The console's build on the API's port, as app.ts mounts it: after the API, before the
// problem+json 404. A browser journey covers the real build; this covers the rules.

let server: Server;
let base: string;
const dist = mkdtempSync(join(tmpdir(), 'gridline-console-dist-'));
const script = 'console.log("gridline");'.repeat(100);

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dist, 'assets/index-abc.js'), script);
  writeFileSync(join(dist, 'assets/index-abc.js.gz'), gzipSync(script));
  const app = express();
  app.use(securityHeaders());
  app.get('/api/health', (_req, res) => void res.json({ status: 'ok' }));
  app.use(consoleRoutes(dist));
  app.use(notFoundRoute);
  app.use(problemMiddleware);
  server = app.listen(0);
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('When the backend serves the console', () => {
  it('answers any path outside /api with index.html, never cached', async () => {
    for (const path of ['/', '/patch', '/cases/123', '/no/such/page']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await response.text()).toContain('<div id="root">');
    }
  });

  it('keeps unknown /api paths and missing assets as problem+json 404s', async () => {
    for (const path of ['/api/no-such-route', '/assets/missing.js']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });

  it('sends the gzipped copy of an asset to a browser that takes gzip, cached for good', async () => {
    const response = await fetch(`${base}/assets/index-abc.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe(script);
  });

  it('sends the plain asset to a client that does not take gzip', async () => {
    const response = await fetch(`${base}/assets/index-abc.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.text()).toBe(script);
  });

  it('serves nothing from outside the build', async () => {
    const response = await fetch(`${base}/assets/..%2f..%2findex.html`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.status).toBe(404);
  });
});
