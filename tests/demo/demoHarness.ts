import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '@gridline/backend/application/services.ts';
import { generateDemoDistrict } from '@gridline/backend/demo/generateDemoDistrict.ts';
import type { DemoSizeInput } from '@gridline/backend/demo/demoSizes.ts';
import { catalogueGuard } from '@gridline/backend/eventStore/catalogueGuard.ts';
import { masterKeyFor } from '@gridline/backend/eventStore/personalData/masterKey.ts';
import { personalDataVault } from '@gridline/backend/eventStore/personalData/personalDataVault.ts';
import { openResidentKeyStore } from '@gridline/backend/eventStore/personalData/residentKeyStore.ts';
import type { RecordedEvent } from '@gridline/backend/eventStore/port.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';

/** A Monday in March 2026: the window takes in 清明 and the 劳动节 make-up Saturday. */
export const demoStart = new Date('2026-03-02T00:00:00+08:00');

/** A demo district generated into a fresh SQLite file, the way `npm start` wires it. */
export const generateInto = async (seed: number, size: DemoSizeInput = 'small') => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gridline-demo-'));
  const residentKeys = openResidentKeyStore({
    dataDir,
    masterKey: masterKeyFor(dataDir, undefined),
  });
  const store = catalogueGuard(
    personalDataVault(openSqliteEventStore({ path: join(dataDir, 'events.sqlite') }), residentKeys),
  );
  const services = createServices(store);
  const demo = await generateDemoDistrict({ services, seed, size, start: demoStart });
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  return {
    dataDir,
    store,
    services,
    demo,
    events,
    close: async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

export type GeneratedDemo = Awaited<ReturnType<typeof generateInto>>;

/** The events of each case stream, oldest first. */
export const caseStreams = (events: readonly RecordedEvent[]): Map<string, RecordedEvent[]> => {
  const streams = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    if (!event.streamName.startsWith('case-')) continue;
    const stream = streams.get(event.streamName) ?? [];
    stream.push(event);
    streams.set(event.streamName, stream);
  }
  return streams;
};

export const countOf = (events: readonly RecordedEvent[], type: string): number =>
  events.filter((event) => event.type === type).length;

/** The data of an event, for tests that know its type. */
export const dataOf = (event: RecordedEvent) => event.data as Record<string, unknown>;
