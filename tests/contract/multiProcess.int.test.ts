import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordedEvent } from '@gridline/backend/eventStore/port.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';

const run = promisify(execFile);
const child = new URL('./fixtures/appendMany.ts', import.meta.url).pathname;

describe('Several processes sharing one embedded store', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('keeps one gap-free, hash-chained stream and lets a subscriber see every process', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gridline-multi-'));
    const path = join(dir, 'events.sqlite');
    const store = openSqliteEventStore({ path });
    const subscription = store.subscribeToAll({ fromPosition: 'end' });
    const perWriter = 150;
    const total = perWriter * 3;

    const seen: RecordedEvent[] = [];
    const seeing = (async () => {
      for await (const item of subscription) {
        if (item.kind === 'event') seen.push(item.event);
        if (seen.length === total) return;
      }
    })();
    const here = (async () => {
      for (let index = 0; index < perWriter; index++) {
        const event = { id: randomUUID(), type: 'Appended', data: { index }, metadata: {} };
        await store.append('shared', [event], { expected: 'any' });
      }
    })();
    await Promise.all([
      run(process.execPath, [child, path, 'shared', String(perWriter)]),
      run(process.execPath, [child, path, 'shared', String(perWriter)]),
      here,
    ]);
    await seeing;

    const stream = await store.readStream('shared');
    expect(stream.map((event) => event.revision)).toEqual(stream.map((_, index) => BigInt(index)));
    expect(stream).toHaveLength(total);
    expect(await store.verifyStream('shared')).toEqual({ ok: true, eventsChecked: total });
    // Three processes extended one log-wide chain and signed its head with one key.
    expect(await store.verifier.verify({ from: 'start' })).toMatchObject({ ok: true, breaks: [] });
    expect(
      new Set(stream.map((event) => event.data && (event.data as { writer?: number }).writer)).size,
    ).toBe(3);
    // The subscriber saw the other processes' events, in log order.
    expect(seen.map((event) => event.id)).toEqual(stream.map((event) => event.id));
    await store.close();
  });
});
