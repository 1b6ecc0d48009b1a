import type { Level } from '@gridline/events';
import type { FigureName, FigureSlice } from './figureRequest.ts';

// The figures as both computations answer them. Counts come with every rate, so a reader
// (and the property test) can see what a rate was made of; the arithmetic that turns
// counts into rates lives here once, so the two computations cannot round differently.

/** numerator ÷ denominator to four places; null when nothing was there to count. */
export const rateOf = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000;

const hourMs = 3_600_000;

/**
 * The nearest-rank percentile (the smallest value with at least p of the values at or
 * below it), in hours to two places: always a duration some case really took.
 */
export const percentileHours = (durationsMs: readonly number[], p: number): number | null => {
  if (durationsMs.length === 0) return null;
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return Math.round((sorted[rank - 1]! / hourMs) * 100) / 100;
};

export interface ResolutionTimes {
  readonly cases: number;
  readonly medianHours: number | null;
  readonly p90Hours: number | null;
}

export const resolutionTimes = (durationsMs: readonly number[]): ResolutionTimes => ({
  cases: durationsMs.length,
  medianHours: percentileHours(durationsMs, 0.5),
  p90Hours: percentileHours(durationsMs, 0.9),
});

/** Inspections per grid worker per week of the window; null without grid workers. */
export const perWorkerPerWeek = (
  inspections: number,
  gridWorkers: number,
  windowMs: number,
): number | null =>
  gridWorkers === 0 || windowMs <= 0
    ? null
    : Math.round((inspections / gridWorkers / (windowMs / (7 * 86_400_000))) * 100) / 100;

export interface Coverage {
  readonly buildings: number;
  readonly buildingsVisited: number;
  readonly rate: number | null;
  readonly households: number;
  readonly householdsInVisitedBuildings: number;
  readonly householdRate: number | null;
}

export interface DepartmentAnswers {
  readonly summoned: number;
  readonly onTime: number;
  /** Summons called off before the department's report deadline: left out of the rate. */
  readonly withdrawn: number;
  readonly rate: number | null;
}

export interface FigureValues {
  communityRetentionRate: { resolved: number; withinCommunity: number; rate: number | null };
  streetRetentionRate: { resolved: number; withinStreet: number; rate: number | null };
  resolutionRate: { opened: number; resolved: number; withdrawn: number; rate: number | null };
  onTimeRate: {
    resolved: number;
    deadlineUnknown: number;
    onTime: number;
    onTimeWithoutExtension: number;
    rate: number | null;
    rateWithoutExtension: number | null;
  };
  satisfactionRate: {
    visits: number;
    satisfied: number;
    basicallySatisfied: number;
    unsatisfied: number;
    rate: number | null;
  };
  reopenRate: { resolved: number; reopened: number; rate: number | null };
  timeToResolve: { all: ResolutionTimes } & Record<Level, ResolutionTimes>;
  escalationFunnel: Record<Level, number>;
  returns: { community: number; street: number; department: number; total: number };
  repeatRate: { opened: number; repeats: number; rate: number | null };
  proactiveDiscoveryRate: { opened: number; fromPatrols: number; rate: number | null };
  inspectionCoverage: { last7Days: Coverage; last30Days: Coverage };
  inspectionsPerWorker: {
    inspections: number;
    gridWorkers: number;
    perWorkerPerWeek: number | null;
  };
  welfareChecks: { done: number; well: number; needsAttention: number; noResponse: number };
  departmentResponse: DepartmentAnswers & {
    byDepartment: (DepartmentAnswers & { departmentId: string })[];
  };
  residentMeetings: {
    meetings: number;
    mattersCollected: number;
    mattersResolved: number;
    rate: number | null;
  };
}

/** Some of the figures, as asked for. */
export type Figures = Partial<{ [Name in FigureName]: FigureValues[Name] }>;

/** One way of computing each figure for a slice: the read model's, or the log's. */
export type FigureBook = {
  readonly [Name in FigureName]: (slice: FigureSlice) => FigureValues[Name];
};
