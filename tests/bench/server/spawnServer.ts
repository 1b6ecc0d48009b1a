import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

// `npm start` on a data directory as a child process, watched from the outside: when it
// first answers /api/health, when every read model is live, and how much memory it holds.

const main = new URL('../../../backend/src/main.ts', import.meta.url).pathname;

const freePort = async (): Promise<number> => {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
};

/** The child's resident set size in MB, from /proc (Linux). */
export const rssOf = (pid: number): number => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Health {
  log: { state: string; mode?: string };
  readModels: { name: string; state: string; lag: number }[];
}

export const spawnServer = async (dataDir: string) => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const began = performance.now();
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, GRIDLINE_DEMO: 'off', GRIDLINE_DATA_DIR: dataDir, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit');
  let peakRss = 0;
  const sampler = setInterval(() => {
    if (child.exitCode === null) peakRss = Math.max(peakRss, rssOf(child.pid!));
  }, 100);

  const health = async (): Promise<Health | undefined> => {
    try {
      const response = await fetch(`${base}/api/health`);
      return response.ok ? ((await response.json()) as Health) : undefined;
    } catch {
      return undefined;
    }
  };

  /** Polls until `done` holds of the health answer; the ms since spawn when it did. */
  const until = async (done: (answer: Health) => boolean, everyMs: number): Promise<number> => {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited: ${output}`);
      const answer = await health();
      if (answer && done(answer)) return performance.now() - began;
      await sleep(everyMs);
    }
  };

  const firstHealthMs = await until(() => true, 5);
  const rssAtHealth = rssOf(child.pid!);
  // The server listens before checking its log; changes are taken once the check passed.
  const changesTakenMs = await until((answer) => answer.log.state !== 'verifying', 20);
  const allLiveMs = await until(
    (answer) => answer.readModels.every((model) => model.state === 'live' && model.lag === 0),
    50,
  );
  const rssAtLive = rssOf(child.pid!);
  // After an incremental check at start the whole log is checked again in the background;
  // it shares the event loop with requests, so latency is measured once it is done.
  const fullCheckMs = await until(
    (answer) =>
      answer.log.state !== 'verifying' &&
      (answer.log.state !== 'verified' || answer.log.mode === 'full'),
    100,
  );

  return {
    base,
    firstHealthMs,
    changesTakenMs,
    allLiveMs,
    fullCheckMs,
    rssAtHealth,
    rssAtLive,
    rss: () => rssOf(child.pid!),
    peakRss: () => Math.max(peakRss, rssAtHealth, rssAtLive),
    output: () => output,
    stop: async () => {
      clearInterval(sampler);
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
};

export type SpawnedServer = Awaited<ReturnType<typeof spawnServer>>;
