import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { buildConsoleWhenStale } from '../../../console/buildWhenStale.ts';

const main = new URL('../../../backend/src/main.ts', import.meta.url).pathname;

/**
 * The server as `npm start` runs it, on a fresh data directory with the small demo district
 * (or `demoSize`), serving the console's current build; resolves once it prints its URL.
 */
export async function startConsoleServer({ demoSize = 'small' }: { demoSize?: string } = {}) {
  await buildConsoleWhenStale((line) => console.log(`e2e: ${line}`));
  const dataDir = mkdtempSync(join(tmpdir(), 'gridline-e2e-data-'));
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      EVENTSTORE_CONNECTION_STRING: '',
      GRIDLINE_LOG_SIGNING_KEY: '',
      GRIDLINE_DEMO_PASSWORD: '',
      GRIDLINE_DEMO_SIZE: demoSize,
      GRIDLINE_DATA_DIR: dataDir,
      PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      const found = /serving (http:\/\/\S+?)\/? /.exec(line);
      if (found?.[1]) resolve(found[1]);
    });
    child.on('exit', (code, signal) =>
      reject(new Error(`server exited (${code ?? signal}): ${lines.join('\n')}\n${stderr}`)),
    );
  });
  return {
    url,
    lines,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type ConsoleServer = Awaited<ReturnType<typeof startConsoleServer>>;
