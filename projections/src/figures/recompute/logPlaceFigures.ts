import { dayMs, type FigureSlice } from '../figureRequest.ts';
import {
  perWorkerPerWeek,
  rateOf,
  type Coverage,
  type DepartmentAnswers,
  type FigureBook,
} from '../figureResults.ts';
import type { LogFacts } from './logFacts.ts';
import { placeOfKey } from './placeFacts.ts';
import { caseInSlice, inScope, standingResolution, within } from './logSlices.ts';

// Patrols, departments and residents' meetings, counted from the folded log (the read
// model's counterparts are patrolFigureQueries.ts and partnerFigureQueries.ts).

type PlaceFigureBook = Pick<
  FigureBook,
  | 'inspectionCoverage'
  | 'inspectionsPerWorker'
  | 'welfareChecks'
  | 'departmentResponse'
  | 'residentMeetings'
>;

const answers = (summoned: number, onTime: number, withdrawn: number): DepartmentAnswers => ({
  summoned,
  onTime,
  withdrawn,
  rate: rateOf(onTime, summoned),
});

export const logPlaceFigures = (facts: LogFacts): PlaceFigureBook => {
  const coverage = ({ scope, window }: FigureSlice, days: number): Coverage => {
    const since = { from: window.to - days * dayMs, to: window.to };
    const visited = new Set(
      [...facts.patrols.values()].filter((p) => within(p.at, since)).flatMap((p) => p.buildings),
    );
    const buildings = [...facts.buildings.entries()].filter(
      ([, building]) => building.registeredAt < window.to && inScope(scope, building),
    );
    const seen = buildings.filter(([id]) => visited.has(id));
    const households = (list: typeof buildings) =>
      list.reduce((sum, [, building]) => sum + building.households, 0);
    return {
      buildings: buildings.length,
      buildingsVisited: seen.length,
      rate: rateOf(seen.length, buildings.length),
      households: households(buildings),
      householdsInVisitedBuildings: households(seen),
      householdRate: rateOf(households(seen), households(buildings)),
    };
  };
  const patrolsIn = ({ scope, window }: FigureSlice) =>
    [...facts.patrols.values()].filter((p) => inScope(scope, p) && within(p.at, window));
  const gridWorkersAt = ({ scope, window }: FigureSlice): number => {
    const end = window.to;
    const inPost = facts.gridWorkerTerms.filter((term) => {
      const grid = facts.places.get(placeOfKey('grid', term.gridId));
      const where = grid && {
        gridId: grid.id,
        communityId: grid.communityId ?? '',
        streetId: grid.streetId ?? '',
      };
      const held =
        term.assignedAt < end && (term.unassignedAt === null || term.unassignedAt >= end);
      return where !== undefined && held && inScope(scope, where);
    });
    return new Set(inPost.map((term) => term.personId)).size;
  };

  return {
    inspectionCoverage: (slice) => ({
      last7Days: coverage(slice, 7),
      last30Days: coverage(slice, 30),
    }),
    inspectionsPerWorker: (slice) => {
      const inspections = patrolsIn(slice).length;
      const gridWorkers = gridWorkersAt(slice);
      const { from, to } = slice.window;
      return {
        inspections,
        gridWorkers,
        perWorkerPerWeek: perWorkerPerWeek(inspections, gridWorkers, to - from),
      };
    },
    welfareChecks: (slice) => {
      const statuses = patrolsIn(slice).flatMap((p) => p.welfare);
      const of = (status: string) => statuses.filter((s) => s === status).length;
      const [well, needsAttention, noResponse] = [
        of('well'),
        of('needs_attention'),
        of('no_response'),
      ];
      return { done: statuses.length, well, needsAttention, noResponse };
    },
    departmentResponse: (slice) => {
      const byDepartment = new Map<string, [number, number, number]>();
      for (const summoned of facts.summoned.values()) {
        const record = facts.cases.get(summoned.caseId);
        if (!record || !caseInSlice(record, slice) || !within(summoned.summonedAt, slice.window))
          continue;
        const { reportedAt, withdrawnAt, reportBy } = summoned;
        const calledOff = withdrawnAt !== null && reportedAt === null && withdrawnAt <= reportBy;
        const onTime = reportedAt !== null && reportedAt <= reportBy;
        const [counted, answered, withdrawn] = byDepartment.get(summoned.departmentId) ?? [0, 0, 0];
        byDepartment.set(summoned.departmentId, [
          counted + (calledOff ? 0 : 1),
          answered + (onTime ? 1 : 0),
          withdrawn + (calledOff ? 1 : 0),
        ]);
      }
      const departments = [...byDepartment.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([departmentId, [summoned, onTime, withdrawn]]) => ({
          departmentId,
          ...answers(summoned, onTime, withdrawn),
        }));
      const total = (key: 'summoned' | 'onTime' | 'withdrawn') =>
        departments.reduce((sum, department) => sum + department[key], 0);
      return {
        ...answers(total('summoned'), total('onTime'), total('withdrawn')),
        byDepartment: departments,
      };
    },
    residentMeetings: ({ scope, window }) => {
      const held = [...facts.meetings.values()].filter((m) => within(m.at, window));
      const matters = held.flatMap((meeting) =>
        meeting.matters
          .filter((matter) => inScope(scope, { ...meeting, gridId: matter.gridId }))
          .map((matter) => ({ meeting, caseId: matter.caseId })),
      );
      const meetings =
        scope.kind === 'grid'
          ? new Set(matters.map((matter) => matter.meeting)).size
          : held.filter((meeting) => inScope(scope, meeting)).length;
      const resolved = matters.filter(({ caseId }) => {
        const record = facts.cases.get(caseId);
        const resolution = record && standingResolution(record);
        return resolution !== undefined && resolution.outcome !== 'withdrawn';
      }).length;
      return {
        meetings,
        mattersCollected: matters.length,
        mattersResolved: resolved,
        rate: rateOf(resolved, matters.length),
      };
    },
  };
};
