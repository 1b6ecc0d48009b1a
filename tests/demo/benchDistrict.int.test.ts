import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedEvent } from '@gridline/backend/eventStore/port.ts';
import { masterKeyFor } from '@gridline/backend/eventStore/personalData/masterKey.ts';
import { personalDataVault } from '@gridline/backend/eventStore/personalData/personalDataVault.ts';
import { openResidentKeyStore } from '@gridline/backend/eventStore/personalData/residentKeyStore.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';
import { generateBenchDistrict } from '../bench/district/generateBenchDistrict.ts';
import { demoStart, generateInto, type GeneratedDemo } from './demoHarness.ts';

// The benchmark generator skips the store's round trip, not the rules: for the same seed
// it must write the very log the demo writes through the command path, event for event,
// and a log that verifies.

const essence = (event: RecordedEvent) => ({
  position: event.position.commit,
  stream: event.streamName,
  revision: event.revision,
  id: event.id,
  type: event.type,
  data: event.data,
  metadata: event.metadata,
});

describe('The benchmark district generator', () => {
  let demo: GeneratedDemo;
  let dataDir: string;
  let bench: RecordedEvent[];
  let sealed: RecordedEvent[];
  let store: ReturnType<typeof openSqliteEventStore>;
  beforeAll(async () => {
    demo = await generateInto(7);
    dataDir = mkdtempSync(join(tmpdir(), 'gridline-bench-district-'));
    await generateBenchDistrict({
      dataDir,
      seed: 7,
      size: 'small',
      start: demoStart,
      password: 'bench-district-password',
    });
    store = openSqliteEventStore({ path: join(dataDir, 'events.sqlite') });
    sealed = [];
    for await (const event of store.readAll()) sealed.push(event);
    // Read back as the server reads it: through the vault, with the district's own keys.
    const keys = openResidentKeyStore({ dataDir, masterKey: masterKeyFor(dataDir, undefined) });
    const opened = personalDataVault(store, keys);
    bench = [];
    for await (const event of opened.readAll()) bench.push(event);
    keys.close();
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await demo?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes what the demo writes through the command path, for the same seed', () => {
    expect(bench.length).toBeGreaterThan(500);
    expect(bench.map(essence)).toEqual(demo.events.map(essence));
  });

  it('seals residents’ personal data on the way in, as the server does', () => {
    const stored = JSON.stringify(sealed.map((event) => event.data));
    expect(stored).toContain('⟦pd1.');
    const names = demo.events.flatMap((event) =>
      event.type === 'DisputeLogged'
        ? (event.data as { parties: { name: string }[] }).parties.map((party) => party.name)
        : [],
    );
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(stored).not.toContain(`"${name}"`);
  });

  it('records each event at its simulated time and leaves a log that verifies', async () => {
    for (const event of sealed) {
      expect(event.created.toISOString()).toBe(
        (event.metadata as { recordedAt: string }).recordedAt,
      );
    }
    const report = await store.verifier.verify({ from: 'start' });
    expect(report).toMatchObject({ ok: true, eventsChecked: sealed.length, breaks: [] });
  });

  it('refuses a log that already holds events', async () => {
    await expect(
      generateBenchDistrict({
        dataDir,
        seed: 7,
        size: 'small',
        start: demoStart,
        password: 'bench-district-password',
      }),
    ).rejects.toThrow(/already holds events/);
  });
});
