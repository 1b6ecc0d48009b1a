import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '@gridline/backend/application/services.ts';
import { catalogueGuard } from '@gridline/backend/eventStore/catalogueGuard.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';
import { startReadModels } from '@gridline/backend/readModels/startReadModels.ts';
import { lastPositionOf } from '@gridline/backend/readModels/storeHead.ts';
import { listCases, organisationEventsInOrder } from '@gridline/projections';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseAfter, ladder } from '../api/support/caseSetup.ts';
import { establishDistrict } from '../api/support/testDistrict.ts';

const cli = new URL('../../backend/src/cli/gridlineCli.ts', import.meta.url).pathname;
const day = new Date('2026-06-01T09:00:00+08:00');

// The read models are a cache of the log: throw them away and they come back the same,
// whether the server rebuilds them at start or an operator asks for it.

describe('Rebuilding the read models from the log', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gridline-rebuild-'));
    const store = catalogueGuard(openSqliteEventStore({ path: join(dataDir, 'events.sqlite') }));
    const services = createServices(store);
    await establishDistrict(services, new Date(day.getTime() - 30 * 86_400_000));
    for (const steps of Object.values(ladder)) await caseAfter(services, day, steps);
    await store.close();
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  /** What the read models answer: the whole board as an auditor sees it, and the organisation. */
  const answers = async () => {
    const store = openSqliteEventStore({ path: join(dataDir, 'events.sqlite') });
    const runner = await startReadModels(store, dataDir, () => {});
    try {
      expect(await runner.waitFor((await lastPositionOf(store))!, { timeoutMs: 20_000 })).toBe(
        true,
      );
      const board = listCases(runner.database('case_board'), {
        scope: { kind: 'district' },
        filters: {},
        sort: { column: 'opened_at', direction: 'asc' },
        cursor: null,
        limit: 500,
        now: day,
      }).items;
      return { board, organisation: organisationEventsInOrder(runner.database('organisation')) };
    } finally {
      await runner.stop();
      await store.close();
    }
  };

  it('answers the same after the read-model folder is deleted and the server starts again', async () => {
    const before = await answers();
    expect(before.board).toHaveLength(Object.keys(ladder).length);
    rmSync(join(dataDir, 'readmodels'), { recursive: true });
    expect(await answers()).toEqual(before);
  });

  it('answers the same after `npm run gridline -- rebuild`, from a new generation', async () => {
    const before = await answers();
    const run = spawnSync(process.execPath, [cli, 'rebuild', '--data-dir', dataDir], {
      encoding: 'utf8',
      env: { ...process.env, GRIDLINE_LOG_SIGNING_KEY: '', EVENTSTORE_CONNECTION_STRING: '' },
    });
    expect({ status: run.status, stderr: run.stderr }).toMatchObject({ status: 0 });
    expect(run.stdout).toMatch(/^Rebuilt organisation, case_board\b.* to position \d+/);
    const files = readdirSync(join(dataDir, 'readmodels')).filter((f) => f.endsWith('.sqlite'));
    expect(files).toContain('case_board.v3.g2.sqlite');
    expect(files.every((file) => file.includes('.g2.'))).toBe(true);
    expect(await answers()).toEqual(before);
  });

  it('refuses to rebuild a read model that does not exist, naming the ones that do', () => {
    const run = spawnSync(process.execPath, [cli, 'rebuild', 'weather', '--data-dir', dataDir], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no read model weather \(there are organisation, case_board/);
  });
});
