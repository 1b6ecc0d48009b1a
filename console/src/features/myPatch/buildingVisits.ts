import type { PatchBuilding } from '@gridline/projections';

/** How long since a building was visited, in the three bands the squares are coloured by. */
export type VisitBand = 'recent' | 'week' | 'month';

export interface BuildingVisit {
  readonly building: PatchBuilding;
  readonly band: VisitBand;
  /** Whole days since the last visit was recorded; null if never visited. */
  readonly days: number | null;
}

const dayMs = 86_400_000;

/**
 * The server flags the buildings not visited for 7 and for 30 days (counted from its own
 * clock, `asOf`); the days shown are counted from the same instant, so the two agree.
 */
export function buildingVisits(buildings: readonly PatchBuilding[], asOf: string): BuildingVisit[] {
  const now = new Date(asOf).getTime();
  return buildings.map((building) => {
    const recorded = building.lastVisit ? new Date(building.lastVisit.recordedAt).getTime() : null;
    return {
      building,
      band: building.notVisitedFor30Days
        ? 'month'
        : building.notVisitedFor7Days
          ? 'week'
          : 'recent',
      days: recorded === null ? null : Math.max(0, Math.floor((now - recorded) / dayMs)),
    };
  });
}

/** The buildings visited in the last 7 days, of all: "11/14 楼栋". */
export const visitedThisWeek = (buildings: readonly PatchBuilding[]) => ({
  visited: buildings.filter((building) => !building.notVisitedFor7Days).length,
  all: buildings.length,
});
