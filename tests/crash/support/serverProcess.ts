import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

const main = new URL('../../../backend/src/main.ts', import.meta.url).pathname;

/**
 * `npm start`'s entry on a data directory, as a child process that can be SIGKILLed:
 * resolves once it prints the URL it serves.
 */
export const startServerProcess = async (dataDir: string) => {
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
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit');
  const base = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const found = /serving (http:\/\/\S+?)\/? /.exec(line);
      if (found?.[1]) resolve(found[1].replace('localhost', '127.0.0.1'));
    });
    child.on('exit', (code, signal) =>
      reject(new Error(`server exited with ${code ?? signal}: ${stderr}`)),
    );
  });
  const stop = async (signal: 'SIGKILL' | 'SIGTERM'): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    base,
    stderr: () => stderr,
    /** Kills it with no chance to finish anything: what a crash or `kill -9` does. */
    kill: () => stop('SIGKILL'),
    stop: () => stop('SIGTERM'),
  };
};

export type ServerProcess = Awaited<ReturnType<typeof startServerProcess>>;
