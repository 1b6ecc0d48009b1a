import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '@gridline/backend/application/services.ts';
import { catalogueGuard } from '@gridline/backend/eventStore/catalogueGuard.ts';
import type { EventStore } from '@gridline/backend/eventStore/port.ts';
import { openSqliteEventStore } from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';
import { establishDistrict, people } from '../api/support/testDistrict.ts';

/** A store whose first append to a case stream fails, as if the process died there. */
const failingOnce = (store: EventStore): EventStore => {
  let failed = false;
  return {
    ...store,
    append: (streamName, events, options) => {
      if (!failed && streamName.startsWith('case-')) {
        failed = true;
        return Promise.reject(new Error('the process died here'));
      }
      return store.append(streamName, events, options);
    },
  };
};

describe('A patrol interrupted between recording it and opening its cases', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('is completed by retrying the same patrol, without an Idempotency-Key', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gridline-interrupted-'));
    const store = catalogueGuard(openSqliteEventStore({ path: join(dir, 'events.sqlite') }));
    const services = createServices(failingOnce(store));
    const now = new Date('2026-06-01T10:00:00+08:00');
    await establishDistrict(services, new Date('2026-05-01T10:00:00+08:00'));
    const patrol = {
      inspectionId: 'insp-interrupted',
      gridId: 'grid-ryy-1',
      inspectorId: 'p-worker',
      startedAt: '2026-06-01T08:00:00+08:00',
      endedAt: '2026-06-01T09:00:00+08:00',
      buildingsVisited: [{ buildingId: 'bld-ryy-3', householdsVisited: 4 }],
      welfareChecks: [],
      findings: [
        {
          findingId: 'f-1',
          category: 'hazard' as const,
          title: '消防通道堵塞',
          caseId: 'case-interrupted',
          riskLevel: 'high' as const,
        },
      ],
    };
    const context = {
      actor: people.worker,
      correlationId: 'r-1',
      causationId: 'r-1',
      occurredAt: now,
      now,
    };

    await expect(services.inspections.record(patrol, context)).rejects.toThrow(
      'the process died here',
    );
    const retried = await services.inspections.record(patrol, {
      ...context,
      correlationId: 'r-2',
      causationId: 'r-2',
    });
    expect(retried.replayed).toBe(true);
    expect(retried.openedCaseIds).toEqual(['case-interrupted']);

    expect(await store.readStream('inspection-insp-interrupted')).toHaveLength(1);
    const [opened] = await store.readStream('case-case-interrupted');
    const [inspection] = await store.readStream('inspection-insp-interrupted');
    expect(opened).toMatchObject({
      type: 'IssueReported',
      metadata: { causationId: inspection!.id },
    });
    await store.close();
  });
});
