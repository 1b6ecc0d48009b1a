import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';

const main = new URL('../../backend/src/main.ts', import.meta.url).pathname;

/** Starts the server the way `npm start` does and resolves with the URL it prints. */
const start = (env: NodeJS.ProcessEnv): { child: ChildProcess; url: Promise<string> } => {
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, EVENTSTORE_CONNECTION_STRING: '', GRIDLINE_DEMO: 'off', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const found = /(http:\/\/\S+)/.exec(line);
      if (found?.[1]) resolve(found[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, url };
};

describe('npm start', () => {
  let child: ChildProcess | undefined;
  let dir: string | undefined;
  afterEach(() => {
    child?.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('creates the data directory, prints its URL and answers the health check', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gridline-start-'));
    const dataDir = join(dir, 'nested', 'data');
    const server = start({ PORT: '0', GRIDLINE_DATA_DIR: dataDir });
    child = server.child;
    const url = await server.url;

    const response = await fetch(new URL('/api/health', url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      store: { kind: 'sqlite', location: join(dataDir, 'events.sqlite') },
      log: { state: 'verified', mode: 'full', throughPosition: 0, checkedAt: expect.any(String) },
    });
    expect(existsSync(join(dataDir, 'events.sqlite'))).toBe(true);
  });

  it('asks for a session, in problem+json, before anything past health and sign-in', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gridline-start-'));
    const server = start({ PORT: '0', GRIDLINE_DATA_DIR: dir });
    child = server.child;
    const response = await fetch(new URL('/api/no-such-thing', await server.url));
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 401, title: 'Unauthenticated' });
  });

  it('refuses a PORT that is not a port, saying so', async () => {
    const server = start({ PORT: 'eighty' });
    child = server.child;
    await expect(server.url).rejects.toThrow(/exited with 1/);
  });
});
