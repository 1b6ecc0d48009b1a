import { sampleIds } from '@gridline/events/fixtures/sampleEvents.ts';
import { describe, expect, it } from 'vitest';
import { patrol, sampleOrganisation } from '../testing/gridPatchEvents.ts';
import { projectEvents } from '../testing/projectionSpec.ts';
import { gridPatchProjection } from './gridPatchProjection.ts';
import { findPatchGrid, patchBuildings } from './gridPatchQueries.ts';

// The grid patch from events: the grid and its buildings from the organisation, the last
// visits and welfare checks from patrols.

const now = new Date('2026-06-30T00:00:00.000Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

const organisation = sampleOrganisation();

const byId = (spec: ReturnType<typeof projectEvents>) =>
  Object.fromEntries(patchBuildings(spec.db, sampleIds.grid, now).map((b) => [b.buildingId, b]));

describe('The grid patch read model', () => {
  it('knows the grid with its street, and its buildings from establishment and registration', () => {
    const spec = projectEvents(gridPatchProjection, organisation);
    expect(findPatchGrid(spec.db, { kind: 'district' }, sampleIds.grid)?.grid).toEqual({
      gridId: sampleIds.grid,
      name: '第三网格',
      communityId: sampleIds.community,
      streetId: sampleIds.street,
    });
    expect(
      patchBuildings(spec.db, sampleIds.grid, now)
        .map((b) => b.name)
        .sort(),
    ).toEqual(['3号楼', '5号楼']);
  });

  it('keeps each building’s last visit, and flags those not visited for 7 or 30 days', () => {
    const spec = projectEvents(gridPatchProjection, [
      ...organisation,
      patrol(daysAgo(10), {
        inspectionId: 'I-old',
        buildingsVisited: [{ buildingId: sampleIds.building, householdsVisited: 4 }],
      }),
      patrol(daysAgo(3), {
        inspectionId: 'I-new',
        buildingsVisited: [{ buildingId: sampleIds.building, householdsVisited: 2 }],
      }),
    ]);
    const buildings = byId(spec);
    expect(buildings[sampleIds.building]).toMatchObject({
      lastVisit: { recordedAt: daysAgo(3), inspectionId: 'I-new', householdsVisited: 2 },
      notVisitedFor7Days: false,
      notVisitedFor30Days: false,
    });
    expect(buildings[sampleIds.otherBuilding]).toMatchObject({
      lastVisit: null,
      notVisitedFor7Days: true,
      notVisitedFor30Days: true,
    });
    // Never visited comes first: it is the one to walk to next.
    expect(patchBuildings(spec.db, sampleIds.grid, now)[0]?.buildingId).toBe(
      sampleIds.otherBuilding,
    );
  });

  it('flags a building last visited 10 days ago as not visited for 7 days but not for 30', () => {
    const spec = projectEvents(gridPatchProjection, [...organisation, patrol(daysAgo(10))]);
    expect(byId(spec)[sampleIds.building]).toMatchObject({
      notVisitedFor7Days: true,
      notVisitedFor30Days: false,
    });
  });

  it('never moves a last visit back to an older patrol recorded later in the log', () => {
    const spec = projectEvents(gridPatchProjection, [
      ...organisation,
      patrol(daysAgo(2), { inspectionId: 'I-newer' }),
      patrol(daysAgo(5), { inspectionId: 'I-older' }),
    ]);
    expect(byId(spec)[sampleIds.building]?.lastVisit?.inspectionId).toBe('I-newer');
  });

  it('ignores visits to buildings that are not the grid’s', () => {
    const spec = projectEvents(gridPatchProjection, [
      ...organisation,
      patrol(daysAgo(1), {
        buildingsVisited: [{ buildingId: 'bld-elsewhere', householdsVisited: 3 }],
      }),
    ]);
    expect(spec.rows('patch_buildings')).toHaveLength(2);
  });

  it('counts what a patrol did', () => {
    const spec = projectEvents(gridPatchProjection, [
      ...organisation,
      patrol(daysAgo(1), {
        welfareChecks: [
          { buildingId: sampleIds.building, residentName: '周大爷', status: 'well' },
          { buildingId: sampleIds.building, residentName: '吴奶奶', status: 'no_response' },
        ],
      }),
    ]);
    expect(spec.rows('patch_inspections')[0]).toMatchObject({
      buildings_visited: 2,
      households_visited: 6,
      welfare_checks: 2,
      welfare_needs_attention: 0,
      welfare_no_response: 1,
      findings: 1,
    });
  });

  it('stores residents’ names only masked: the clear name is nowhere in the read model', () => {
    const spec = projectEvents(gridPatchProjection, [...organisation, patrol(daysAgo(1))]);
    expect(spec.rows('patch_welfare_checks')[0]?.['resident_masked']).toBe('周**');
    const everything = gridPatchProjection.tables.flatMap((table) => spec.rows(table.name));
    expect(JSON.stringify(everything)).not.toContain('周大爷');
  });

  it.each([
    [{ kind: 'district' } as const, true],
    [{ kind: 'street', id: sampleIds.street } as const, true],
    [{ kind: 'community', id: sampleIds.community } as const, true],
    [{ kind: 'grid', id: sampleIds.grid } as const, true],
    [{ kind: 'grid', id: 'grid-elsewhere' } as const, false],
    [{ kind: 'street', id: 'street-elsewhere' } as const, false],
    [{ kind: 'department', id: sampleIds.department } as const, false],
  ])('lets a reader scoped to %j read the grid: %s', (scope, readable) => {
    const spec = projectEvents(gridPatchProjection, organisation);
    expect(findPatchGrid(spec.db, scope, sampleIds.grid)?.readable).toBe(readable);
  });

  it('knows no grid that was never established', () => {
    const spec = projectEvents(gridPatchProjection, organisation);
    expect(findPatchGrid(spec.db, { kind: 'district' }, 'grid-nowhere')).toBeUndefined();
  });
});
