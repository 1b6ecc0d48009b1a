import type { PatchBuilding } from '@gridline/projections';
import { describe, expect, it } from 'vitest';
import { buildingVisits, visitedThisWeek } from './buildingVisits.ts';

const asOf = '2026-11-29T10:00:00.000Z';
const building = (
  buildingId: string,
  recordedAt: string | null,
  flags: { week: boolean; month: boolean },
): PatchBuilding => ({
  buildingId,
  name: buildingId,
  households: 20,
  lastVisit: recordedAt
    ? { recordedAt, endedAt: recordedAt, inspectionId: 'i', inspectorId: 'p', householdsVisited: 4 }
    : null,
  notVisitedFor7Days: flags.week,
  notVisitedFor30Days: flags.month,
});

describe('When the buildings are coloured by their last visit', () => {
  const buildings = [
    building('today', '2026-11-29T08:00:00.000Z', { week: false, month: false }),
    building('nine-days', '2026-11-20T09:00:00.000Z', { week: true, month: false }),
    building('long-ago', '2026-10-01T09:00:00.000Z', { week: true, month: true }),
    building('never', null, { week: true, month: true }),
  ];

  it('follows the server’s 7- and 30-day flags and counts the days from its clock', () => {
    expect(buildingVisits(buildings, asOf).map(({ band, days }) => ({ band, days }))).toEqual([
      { band: 'recent', days: 0 },
      { band: 'week', days: 9 },
      { band: 'month', days: 59 },
      { band: 'month', days: null },
    ]);
  });

  it('counts the buildings walked this week', () => {
    expect(visitedThisWeek(buildings)).toEqual({ visited: 1, all: 4 });
  });
});
