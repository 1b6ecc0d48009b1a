import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { text } from 'node:stream/consumers';
import { afterEach, describe, expect, it } from 'vitest';

const main = new URL('../../backend/src/main.ts', import.meta.url).pathname;

/**
 * Starts the server the way `npm start` does and resolves with the URL it prints; if it
 * exits instead, rejects with its exit code and what it wrote to stderr.
 */
const start = (env: NodeJS.ProcessEnv): { child: ChildProcess; url: Promise<string> } => {
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, EVENTSTORE_CONNECTION_STRING: '', GRIDLINE_DEMO: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const found = /^Gridline is serving (http:\/\/\S+)/.exec(line);
      if (found?.[1]) resolve(found[1]);
    });
    // 'close', not 'exit': stderr is read to its end by then.
    child.on('close', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
  return { child, url };
};

/** Runs the server until it exits by itself, as it must when it refuses to start. */
const runToExit = async (env: NodeJS.ProcessEnv) => {
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, EVENTSTORE_CONNECTION_STRING: '', GRIDLINE_DEMO: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [stdout, stderr, [code]] = await Promise.all([
    text(child.stdout!),
    text(child.stderr!),
    once(child, 'exit') as Promise<[number | null]>,
  ]);
  return { code, stdout, stderr };
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
    expect(await response.json()).toMatchObject({
      status: 'ok',
      store: { kind: 'sqlite', location: join(dataDir, 'events.sqlite') },
      readModels: expect.arrayContaining([
        expect.objectContaining({ name: 'organisation', version: 1 }),
        expect.objectContaining({ name: 'case_board', version: 3 }),
      ]),
      log: { state: 'verified', mode: 'full', throughPosition: 0, checkedAt: expect.any(String) },
    });
    expect(existsSync(join(dataDir, 'events.sqlite'))).toBe(true);
    expect(existsSync(join(dataDir, 'readmodels'))).toBe(true);
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

  it('refuses a port that is already taken, saying so, with a non-zero exit', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gridline-start-'));
    const taken = createServer().listen(0);
    await once(taken, 'listening');
    const { port } = taken.address() as AddressInfo;
    try {
      const server = start({ PORT: String(port), GRIDLINE_DATA_DIR: dir });
      child = server.child;
      await expect(server.url).rejects.toThrow(
        new RegExp(`exited with 1: gridline: port ${port} is already in use`),
      );
    } finally {
      taken.close();
    }
  });

  it('refuses a PORT that is not a port, saying which setting and why', async () => {
    const { code, stdout, stderr } = await runToExit({ PORT: 'eighty' });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/PORT must be an integer from 0 to 65535, got "eighty"/);
    expect(stdout).not.toMatch(/serving/);
  });
});
