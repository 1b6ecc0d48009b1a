import { sampleIds } from '@gridline/events/fixtures/sampleEvents.ts';
import { describe, expect, it } from 'vitest';
import type { PageCursor } from '../listing.ts';
import { patrol, sampleOrganisation } from '../testing/gridPatchEvents.ts';
import { projectEvents } from '../testing/projectionSpec.ts';
import { gridPatchProjection } from './gridPatchProjection.ts';
import { listPatchInspections, listWelfareChecks } from './patrolQueries.ts';
import { workerActivity } from './workerActivity.ts';

// The patrol lists and worker activity of a grid, read back from the projected rows.

const now = new Date('2026-06-30T00:00:00.000Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
const district = { kind: 'district' } as const;
const grid = sampleIds.grid;

const spec = projectEvents(gridPatchProjection, [
  ...sampleOrganisation(),
  patrol(daysAgo(1), { inspectionId: 'I-1', inspectorId: 'p-a' }),
  patrol(daysAgo(2), { inspectionId: 'I-2', inspectorId: 'p-b' }),
  patrol(daysAgo(9), {
    inspectionId: 'I-3',
    inspectorId: 'p-a',
    welfareChecks: [
      { buildingId: sampleIds.building, residentName: '吴奶奶', status: 'no_response' },
    ],
  }),
  patrol(daysAgo(40), { inspectionId: 'I-4', inspectorId: 'p-a' }),
]);

const newestFirst = { column: 'recorded_at', direction: 'desc' } as const;

describe('A grid’s patrols', () => {
  it('pages the inspections newest first, each once', () => {
    const seen: string[] = [];
    let cursor: PageCursor | null = null;
    do {
      const page = listPatchInspections(spec.db, {
        scope: district,
        gridId: grid,
        filters: {},
        sort: newestFirst,
        cursor,
        limit: 3,
      });
      seen.push(...page.items.map((item) => item.inspectionId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['I-1', 'I-2', 'I-3', 'I-4']);
  });

  it('filters the inspections by inspector, and shows another grid’s reader none', () => {
    const request = { gridId: grid, sort: newestFirst, cursor: null, limit: 10 };
    const byB = listPatchInspections(spec.db, {
      ...request,
      scope: district,
      filters: { inspector: 'p-b' },
    });
    expect(byB.items.map((item) => item.inspectionId)).toEqual(['I-2']);
    const elsewhere = listPatchInspections(spec.db, {
      ...request,
      scope: { kind: 'grid', id: 'grid-elsewhere' },
      filters: {},
    });
    expect(elsewhere.items).toEqual([]);
  });

  it('lists welfare checks with masked names, filtered by status', () => {
    const page = listWelfareChecks(spec.db, {
      scope: { kind: 'grid', id: grid },
      gridId: grid,
      filters: { status: 'no_response' },
      sort: newestFirst,
      cursor: null,
      limit: 10,
    });
    expect(page.items).toEqual([
      expect.objectContaining({ inspectionId: 'I-3', resident: '吴**', status: 'no_response' }),
    ]);
  });

  it('counts each worker’s patrols per 7-day week back from now, empty weeks included', () => {
    const activity = workerActivity(spec.db, grid, now, 2);
    const a = activity.find((worker) => worker.inspectorId === 'p-a');
    expect(a?.weeks.map((week) => week.inspections)).toEqual([1, 1]);
    expect(a?.weeks.map((week) => week.welfareChecks)).toEqual([1, 1]);
    expect(a?.weeks[0]).toMatchObject({ from: daysAgo(7), to: now.toISOString() });
    const b = activity.find((worker) => worker.inspectorId === 'p-b');
    expect(b?.weeks.map((week) => [week.inspections, week.householdsVisited])).toEqual([
      [1, 6],
      [0, 0],
    ]);
  });

  it('leaves out patrols older than the weeks asked for', () => {
    const activity = workerActivity(spec.db, grid, now, 1);
    expect(activity.map((worker) => worker.inspectorId).sort()).toEqual(['p-a', 'p-b']);
    expect(workerActivity(spec.db, grid, new Date(daysAgo(20)), 1)).toEqual([]);
  });
});
