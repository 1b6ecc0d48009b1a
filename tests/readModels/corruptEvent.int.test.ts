import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '@gridline/backend/application/services.ts';
import { catalogueGuard } from '@gridline/backend/eventStore/catalogueGuard.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';
import { organisationDirectoryFromReadModel } from '@gridline/backend/readModels/organisationDirectoryReadModel.ts';
import { startReadModels } from '@gridline/backend/readModels/startReadModels.ts';
import { lastPositionOf } from '@gridline/backend/readModels/storeHead.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { caseAfter, ladder } from '../api/support/caseSetup.ts';
import { establishDistrict } from '../api/support/testDistrict.ts';

const day = new Date('2026-06-01T09:00:00+08:00');

// One byte of a damaged organisation event must fail what needs it and nothing else.

describe('An organisation event that is no longer valid JSON', () => {
  let dataDir: string;
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stops the organisation read model short of it, and leaves the others and the reads going', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gridline-corrupt-'));
    const path = join(dataDir, 'events.sqlite');
    const writer = catalogueGuard(openSqliteEventStore({ path }));
    const services = createServices(writer);
    await establishDistrict(services, new Date(day.getTime() - 30 * 86_400_000));
    const caseId = await caseAfter(services, day, ladder.accepted);
    await writer.close();

    const file = new Database(path);
    const damaged = file
      .prepare(
        "SELECT position FROM events WHERE type = 'StaffAssigned' ORDER BY position DESC LIMIT 1",
      )
      .get() as { position: number };
    file
      .prepare('UPDATE events SET data = \'{"personId": \' WHERE position = ?')
      .run(damaged.position);
    file.close();

    const store = openSqliteEventStore({ path });
    const runner = await startReadModels(store, dataDir, () => {});
    try {
      const head = (await lastPositionOf(store))!;
      expect(await runner.waitFor(head, { names: ['case_board'], timeoutMs: 10_000 })).toBe(true);
      expect(await runner.waitFor(head, { names: ['organisation'], timeoutMs: 300 })).toBe(false);
      await runner.refreshHead();
      const organisation = runner.status().find((status) => status.name === 'organisation');
      expect(organisation).toMatchObject({
        state: 'failed',
        error: expect.stringMatching(/not valid JSON/),
      });
      expect(runner.status().find((status) => status.name === 'case_board')).toMatchObject({
        state: 'live',
      });
      // Commands still get the directory as it was before the damaged event.
      const directory = await organisationDirectoryFromReadModel(store, runner).current();
      expect(directory.grids.has('grid-ryy-1')).toBe(true);
      expect(
        runner
          .database('case_board')
          .prepare('SELECT status FROM cases WHERE case_id = ?')
          .get(caseId),
      ).toEqual({ status: 'in_progress' });
    } finally {
      await runner.stop();
      await store.close();
    }
  });
});
