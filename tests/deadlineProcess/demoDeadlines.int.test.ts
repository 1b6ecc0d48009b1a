import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseStream } from '@gridline/events';
import { overdueCases, type OverdueCase } from '@gridline/projections';
import { openAccounts, type Accounts } from '@gridline/backend/accounts/openAccounts.ts';
import { createServices } from '@gridline/backend/application/services.ts';
import { deadlineProcess } from '@gridline/backend/deadlineProcess/deadlineProcess.ts';
import { historyEndingToday, runDemo } from '@gridline/backend/demo/runDemo.ts';
import { catalogueGuard } from '@gridline/backend/eventStore/catalogueGuard.ts';
import type { EventStore } from '@gridline/backend/eventStore/port.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';
import { createApp } from '@gridline/backend/http/app.ts';
import type { ProjectionRunner } from '@gridline/backend/readModels/projectionRunner.ts';
import { organisationDirectoryFromReadModel } from '@gridline/backend/readModels/organisationDirectoryReadModel.ts';
import { startReadModels } from '@gridline/backend/readModels/startReadModels.ts';

// The demo district as `npm start` generates it, its history ending today, and the
// deadline process started on it the way main.ts starts it.

const password = 'a demo password for tests';

describe('The deadline process on the demo district', () => {
  let dataDir: string;
  let store: EventStore;
  let readModels: ProjectionRunner;
  let accounts: Accounts;
  let server: Server;
  let base: string;

  const caughtUp = async () => {
    await readModels.refreshHead();
    expect(await readModels.waitFor(readModels.head()!, { timeoutMs: 60_000 })).toBe(true);
  };
  const overdueNow = (at: Date): OverdueCase[] =>
    overdueCases(readModels.database('case_board'), at, 100_000);
  const servicesOf = () =>
    createServices(store, undefined, organisationDirectoryFromReadModel(store, readModels));
  /** The misses on record of the deadline in force the board shows for the case. */
  const missesOf = async ({ caseId, deadlineLevel, deadline }: OverdueCase) =>
    (await store.readStream(caseStream(caseId))).filter((event) => {
      const data = event.data as { level?: string; deadline?: string };
      return (
        event.type === 'CaseDeadlineMissed' &&
        data.level === deadlineLevel &&
        Date.parse(data.deadline!) === Date.parse(deadline)
      );
    });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gridline-demo-deadlines-'));
    store = catalogueGuard(openSqliteEventStore({ path: join(dataDir, 'events.sqlite') }));
    accounts = openAccounts({
      dataDir,
      passwordHashing: { memoryKiB: 1024, passes: 1, parallelism: 1 },
    });
    readModels = await startReadModels(store, dataDir, () => {});
    const services = servicesOf();
    await runDemo({
      services,
      accounts: accounts.accounts,
      seed: 2026,
      size: 'small',
      start: historyEndingToday(new Date(), 'small'),
      password,
    });
    await caughtUp();
    server = createApp({ services, storeLocation: dataDir, accounts, readModels }).listen(
      0,
      '127.0.0.1',
    );
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 120_000);
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    accounts?.close();
    await readModels?.stop();
    await store?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('leaves no open case past its deadline without its miss on record, once', async () => {
    const watch = deadlineProcess({
      services: servicesOf(),
      readModels,
      autoEscalate: false,
      log: () => {},
    });
    await watch.runOnce();
    await caughtUp();
    const overdue = overdueNow(new Date());
    for (const row of overdue) expect(await missesOf(row), row.caseId).toHaveLength(1);
  });

  // The generator plays the deadline process up to the end of its history; what falls due
  // after that is the real process's to record. A week on, plenty has.
  it('records the deadlines that pass after the history ends, and the auditor sees them', async () => {
    const weekOn = new Date(Date.now() + 7 * 86_400_000);
    const unrecorded: OverdueCase[] = [];
    for (const row of overdueNow(weekOn))
      if ((await missesOf(row)).length === 0) unrecorded.push(row);
    expect(unrecorded.length).toBeGreaterThan(0);

    const watch = deadlineProcess({
      services: servicesOf(),
      readModels,
      autoEscalate: false,
      now: () => weekOn,
      log: () => {},
    });
    expect(await watch.runOnce()).toMatchObject({ missesRecorded: unrecorded.length });
    await caughtUp();
    for (const row of overdueNow(weekOn)) expect(await missesOf(row), row.caseId).toHaveLength(1);

    const signIn = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'auditor', password }),
    });
    const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;
    const history = await fetch(`${base}/api/cases/${unrecorded[0]!.caseId}/history`, {
      headers: { cookie },
    });
    expect(history.status).toBe(200);
    const { events } = (await history.json()) as {
      events: { type: string; metadata: { actor: { personId: string }; recordedAt: string } }[];
    };
    const last = events.filter((event) => event.type === 'CaseDeadlineMissed').at(-1);
    expect(last?.metadata).toMatchObject({
      actor: { personId: 'deadline-process' },
      recordedAt: weekOn.toISOString(),
    });
  });
});
