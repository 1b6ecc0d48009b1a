import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';

const child = new URL('./fixtures/appendUntilKilled.ts', import.meta.url).pathname;

interface Acknowledged {
  streamName: string;
  revision: bigint;
  eventId: string;
}

/** Runs the appending child until it has acknowledged `count` appends, then SIGKILLs it. */
const appendThenKill = (path: string, count: number): Promise<Acknowledged[]> =>
  new Promise((resolve, reject) => {
    const process_ = spawn(process.execPath, [child, path], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acknowledged: Acknowledged[] = [];
    createInterface({ input: process_.stdout }).on('line', (line) => {
      const [streamName, revision, eventId] = line.split(' ');
      acknowledged.push({
        streamName: streamName!,
        revision: BigInt(revision!),
        eventId: eventId!,
      });
      if (acknowledged.length === count) process_.kill('SIGKILL');
    });
    process_.on('error', reject);
    process_.on('exit', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolve(acknowledged)
        : reject(new Error(`appending child exited on its own (${signal ?? _code})`)),
    );
  });

describe('The embedded store after a SIGKILL mid-append', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged append, in order, with a valid hash chain', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gridline-crash-'));
    const path = join(dir, 'events.sqlite');
    const acknowledged = await appendThenKill(path, 1000);

    const store = openSqliteEventStore({ path });
    try {
      const streams = [...new Set(acknowledged.map((ack) => ack.streamName))];
      expect(streams.length).toBeGreaterThan(1);
      for (const streamName of streams) {
        const events = await store.readStream(streamName);
        expect(events.map((event) => event.revision)).toEqual(
          events.map((_, index) => BigInt(index)),
        );
        const byRevision = new Map(events.map((event) => [event.revision, event.id]));
        for (const ack of acknowledged.filter((ack) => ack.streamName === streamName)) {
          expect(byRevision.get(ack.revision)).toBe(ack.eventId);
        }
        const chain = await store.verifyStream(streamName);
        expect(chain).toEqual({ ok: true, eventsChecked: events.length });
      }
      // The log-wide chain and its signed head survived the kill too.
      expect(await store.verifier.verify({ from: 'start' })).toMatchObject({
        ok: true,
        breaks: [],
      });
    } finally {
      await store.close();
    }
  });
});
