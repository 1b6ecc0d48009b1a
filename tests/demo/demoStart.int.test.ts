import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { isEmptyStore } from '@gridline/backend/demo/runDemo.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';
import { afterEach, describe, expect, it } from 'vitest';

// `npm start` on an empty data directory: the demo district unless GRIDLINE_DEMO=off,
// and the sign-ins printed before the URL; on a data directory that holds the district,
// where to find them again.

const main = new URL('../../backend/src/main.ts', import.meta.url).pathname;
const printed = [
  'grid.worker',
  'grid.leader',
  'community.staff',
  'community.staff2',
  'street.supervisor',
  'street.supervisor2',
  'department.liaison',
  'auditor',
  'admin',
];

/**
 * Starts the server like `npm start`; resolves with its URL and every line printed up to
 * it. The URL line comes last, once start-up is done, so nothing is missed by stopping
 * there, however the output is split on its way through the pipe.
 */
const start = (env: NodeJS.ProcessEnv) => {
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, EVENTSTORE_CONNECTION_STRING: '', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const ready = new Promise<{ url: string; lines: string[] }>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      const url = /^Gridline is serving (http:\/\/\S+)/.exec(line)?.[1];
      if (url) resolve({ url, lines: [...lines] });
    });
    child.on('exit', (code) =>
      reject(new Error(`server exited with ${code}: ${lines.join('\n')}`)),
    );
  });
  return { child, ready };
};

/** Stops the server and waits until its output is closed, so every line it printed is read. */
const stop = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const closed = once(child, 'close');
  child.kill('SIGTERM');
  await closed;
};

describe('npm start and the demo district', () => {
  let child: ChildProcess | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    if (child) await stop(child);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('starts empty with GRIDLINE_DEMO=off', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gridline-demo-start-'));
    const server = start({ GRIDLINE_DATA_DIR: dir, GRIDLINE_DEMO: 'off' });
    child = server.child;
    const { lines } = await server.ready;
    await stop(child);
    expect(lines.join('\n')).not.toMatch(/demo district|Demo sign-ins/);
    const store = openSqliteEventStore({ path: join(dir, 'events.sqlite') });
    expect(await isEmptyStore(store)).toBe(true);
    await store.close();
  });

  it('generates the demo district on an empty store and prints the sign-ins to try', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gridline-demo-start-'));
    const server = start({ GRIDLINE_DATA_DIR: dir, GRIDLINE_DEMO_SIZE: 'small' });
    child = server.child;
    const { url, lines } = await server.ready;
    const output = lines.join('\n');
    for (const username of printed) {
      expect(output).toMatch(
        new RegExp(`^\\s+${username.replace('.', '\\.')}\\s+/ gridline-demo-2026 /`, 'm'),
      );
    }
    // The other departments' liaisons are named in one line that says where all are listed.
    expect(output).toMatch(
      /^\s+… and \d+ more department liaisons \(liaison\..*docs\/demo-district\.md$/m,
    );
    const response = await fetch(new URL('/api/session', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'community.staff2', password: 'gridline-demo-2026' }),
    });
    expect(response.status).toBe(200);
  });

  it('leaves a store that holds events alone, and says where its sign-ins are', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gridline-demo-start-'));
    const first = start({ GRIDLINE_DATA_DIR: dir, GRIDLINE_DEMO_SIZE: 'small' });
    child = first.child;
    await first.ready;
    await stop(child);
    const store = openSqliteEventStore({ path: join(dir, 'events.sqlite') });
    let before = 0;
    for await (const _event of store.readAll()) before += 1;
    await store.close();

    const reminder = /^Demo sign-ins: see docs\/demo-district\.md .*password gridline-demo-2026/;
    const second = start({ GRIDLINE_DATA_DIR: dir, GRIDLINE_DEMO_SIZE: 'small' });
    child = second.child;
    const { lines } = await second.ready;
    await stop(child);
    expect(lines.join('\n')).not.toMatch(/generating the demo district|^\s+grid\.worker\s+\//m);
    expect(lines.some((line) => reminder.test(line))).toBe(true);
    const reopened = openSqliteEventStore({ path: join(dir, 'events.sqlite') });
    let after = 0;
    for await (const _event of reopened.readAll()) after += 1;
    await reopened.close();
    expect(after).toBe(before);
  });
});
