import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '@gridline/backend/application/services.ts';
import { catalogueGuard } from '@gridline/backend/eventStore/catalogueGuard.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';
import { caseAfter, ladder } from '../api/support/caseSetup.ts';
import { establishDistrict } from '../api/support/testDistrict.ts';
import { startServerOn, type SpawnedServer } from './support/spawnedServer.ts';

const day = new Date('2026-06-01T09:00:00+08:00');

// The real server on a log it has never checked (no signed checkpoint: a copy, a restore,
// a freshly generated district), where the check after start reads the whole log. It
// listens first and says so; the check's verdict follows, and "serving" comes last, once
// changes are taken too. What /api/health says meanwhile is tested in tests/api.
describe('Starting on a log never checked before', () => {
  let dataDir: string;
  let server: SpawnedServer | undefined;
  afterEach(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('listens before the full check of the log ends, and is serving once it verifies', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gridline-listen-first-'));
    const store = catalogueGuard(openSqliteEventStore({ path: join(dataDir, 'events.sqlite') }));
    const services = createServices(store);
    await establishDistrict(services, new Date(day.getTime() - 30 * 86_400_000));
    for (const steps of [ladder.accepted, ladder.summoned, ladder.verifiedAndSatisfied]) {
      await caseAfter(services, day, steps);
    }
    await store.close();

    server = await startServerOn(dataDir);
    const lines = server.stdout().split('\n');
    const at = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line));
    const listening = at(/^Gridline is listening on port \d+, checking the event log/);
    const verified = at(/^The event log verifies \(full check from position 0, [1-9]\d* events\)/);
    const serving = at(/^Gridline is serving http:/);
    expect({ listening, verified, serving, lines }).toMatchObject({
      listening: expect.any(Number),
      verified: expect.any(Number),
    });
    expect(listening).toBeGreaterThanOrEqual(0);
    expect(verified).toBeGreaterThan(listening);
    expect(serving).toBeGreaterThan(verified);
    expect((await server.call('/api/health')).body).toMatchObject({
      status: 'ok',
      log: { state: 'verified', mode: 'full' },
    });
  });
});
