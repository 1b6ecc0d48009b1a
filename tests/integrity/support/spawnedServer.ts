import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

const main = new URL('../../../backend/src/main.ts', import.meta.url).pathname;

/**
 * `npm start` on a data directory, as a child process: resolves once it prints its URL,
 * with what it said on stderr so far and a client that signs in like the console.
 */
export const startServerOn = async (dataDir: string) => {
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      EVENTSTORE_CONNECTION_STRING: '',
      GRIDLINE_LOG_SIGNING_KEY: '',
      GRIDLINE_DEMO: 'off',
      GRIDLINE_DATA_DIR: dataDir,
      PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const stdout: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const base = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      stdout.push(line);
      const found = /serving (http:\/\/\S+?)\/? /.exec(line);
      if (found?.[1]) resolve(found[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });

  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${base}${path}`, init);
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : {}) as Record<string, unknown>,
    };
  };

  const as = async (username: string, password: string) => {
    const response = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (response.status !== 200)
      throw new Error(`${username} could not sign in: ${response.status}`);
    const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    return {
      get: (path: string) => call(path, { headers }),
      post: (path: string, body: unknown) =>
        call(path, { method: 'POST', headers, body: JSON.stringify(body) }),
    };
  };

  return {
    call,
    as,
    stderr: () => stderr,
    stdout: () => stdout.join('\n'),
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
};

export type SpawnedServer = Awaited<ReturnType<typeof startServerOn>>;
