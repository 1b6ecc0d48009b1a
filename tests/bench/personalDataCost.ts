// What sealing residents' personal data costs, per event, on the vault's own path:
//   npm run bench:personal-data --workspace tests [-- 20000]
// Seals that many disputes (two parties, an ID number, a phone typed into the description)
// and opens them again, against a real key store in a temporary directory, then the same
// for events with no personal data, which the vault only walks.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseStream, eventDefinition, type EventType } from '@gridline/events';
import { sampleEvent, sampleMetadata } from '@gridline/events/fixtures/sampleEvents.ts';
import { eventCipher } from '@gridline/backend/eventStore/personalData/eventCipher.ts';
import { openResidentKeyStore } from '@gridline/backend/eventStore/personalData/residentKeyStore.ts';

const count = Number(process.argv[2] ?? 20_000);
const dir = mkdtempSync(join(tmpdir(), 'gridline-pd-cost-'));

const event = (type: EventType, data: unknown) => {
  const id = randomUUID();
  return {
    id,
    type,
    data,
    metadata: sampleMetadata({ eventId: id, schemaVersion: eventDefinition(type).version }),
  };
};

const run = (durability: 'full' | 'bulk', type: EventType, data: unknown): void => {
  const keys = openResidentKeyStore({ dataDir: dir, masterKey: randomBytes(32), durability });
  const cipher = eventCipher(keys);
  const events = Array.from({ length: count }, (_, index) => ({
    stream: caseStream(`case-cost-${durability}-${type}-${index}`),
    event: event(type, data),
  }));
  let began = performance.now();
  const sealed = events.map(({ stream, event }) => cipher.seal(stream, event));
  const sealMs = performance.now() - began;
  began = performance.now();
  for (const { data } of sealed) cipher.open(data);
  const openMs = performance.now() - began;
  keys.close();
  rmSync(join(dir, 'keys'), { recursive: true, force: true });
  const perEvent = (ms: number) => `${((ms * 1000) / count).toFixed(1)} µs`;
  console.log(
    `${type.padEnd(14)} keys ${durability.padEnd(4)}: seal ${perEvent(sealMs)}/event, open ${perEvent(openMs)}/event (${count} events)`,
  );
};

const dispute = {
  ...sampleEvent('DisputeLogged').data,
  description: '申请人电话13912345678，2026-05-30来访。',
};
try {
  run('full', 'DisputeLogged', dispute);
  run('bulk', 'DisputeLogged', dispute);
  run('full', 'CaseAccepted', sampleEvent('CaseAccepted').data);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
