import type Database from 'better-sqlite3';
import { count, inScope, placeColumnsOf, selectRow, withinWindow } from './figureConditions.ts';
import { dayMs, type FigureSlice } from './figureRequest.ts';
import { perWorkerPerWeek, rateOf, type Coverage, type FigureValues } from './figureResults.ts';

// Patrols (巡查): which of the scope's buildings were visited in the 7 and 30 days before
// the window ends, patrols per grid worker per week, and the welfare checks made on them.
// Patrols have no source: these figures are the same whatever source is asked for.

type PatrolFigures = Pick<
  FigureValues,
  'inspectionCoverage' | 'inspectionsPerWorker' | 'welfareChecks'
>;

export const patrolFigureQueries = (db: Database.Database) => {
  /** Both coverages in one pass over the scope's buildings: an index seek each per span. */
  const coverage = ({ scope, window }: FigureSlice): FigureValues['inspectionCoverage'] => {
    const visitedSince = (days: number) => ({
      sql: `EXISTS (SELECT 1 FROM figure_building_visits v
        WHERE v.building_id = b.building_id AND v.visited_at >= ? AND v.visited_at < ?)`,
      params: [window.to - days * dayMs, window.to],
    });
    const [week, month] = [visitedSince(7), visitedSince(30)];
    const row = selectRow(db, {
      select: `SELECT count(*) AS buildings, sum(households) AS households,
        sum(week) AS visited_7, sum(households * week) AS reached_7,
        sum(month) AS visited_30, sum(households * month) AS reached_30
      FROM (SELECT b.households, ${week.sql} AS week, ${month.sql} AS month FROM figure_buildings b`,
      selectParams: [...week.params, ...month.params],
      where: [
        { sql: 'b.registered_at < ?', params: [window.to] },
        ...inScope(scope, placeColumnsOf('b')),
      ],
      tail: ')',
    });
    const [buildings, households] = [count(row, 'buildings'), count(row, 'households')];
    const over = (days: 7 | 30): Coverage => {
      const [visited, reached] = [count(row, `visited_${days}`), count(row, `reached_${days}`)];
      return {
        buildings,
        buildingsVisited: visited,
        rate: rateOf(visited, buildings),
        households,
        householdsInVisitedBuildings: reached,
        householdRate: rateOf(reached, households),
      };
    };
    return { last7Days: over(7), last30Days: over(30) };
  };

  const inspectionsIn = ({ scope, window }: FigureSlice) => [
    ...inScope(scope, placeColumnsOf('i')),
    ...withinWindow('i.recorded_at', window),
  ];

  /** Grid workers in post when the window ends, each counted once. */
  const gridWorkersAt = ({ scope, window }: FigureSlice): number =>
    count(
      selectRow(db, {
        select: `SELECT count(DISTINCT w.person_id) AS n FROM figure_grid_workers w
          JOIN figure_places g ON g.kind = 'grid' AND g.id = w.grid_id`,
        where: [
          {
            sql: 'w.assigned_at < ? AND (w.unassigned_at IS NULL OR w.unassigned_at >= ?)',
            params: [window.to, window.to],
          },
          ...inScope(scope, { street: 'g.street_id', community: 'g.community_id', grid: 'g.id' }),
        ],
      }),
      'n',
    );

  const figures: { [Name in keyof PatrolFigures]: (slice: FigureSlice) => PatrolFigures[Name] } = {
    inspectionCoverage: coverage,
    inspectionsPerWorker: (slice) => {
      const inspections = count(
        selectRow(db, {
          select: 'SELECT count(*) AS n FROM figure_inspections i',
          where: inspectionsIn(slice),
        }),
        'n',
      );
      const gridWorkers = gridWorkersAt(slice);
      const { from, to } = slice.window;
      return {
        inspections,
        gridWorkers,
        perWorkerPerWeek: perWorkerPerWeek(inspections, gridWorkers, to - from),
      };
    },
    welfareChecks: (slice) => {
      const row = selectRow(db, {
        select: `SELECT sum(i.welfare_well) AS well, sum(i.welfare_needs_attention) AS needs_attention,
            sum(i.welfare_no_response) AS no_response FROM figure_inspections i`,
        where: inspectionsIn(slice),
      });
      const [well, needsAttention, noResponse] = [
        count(row, 'well'),
        count(row, 'needs_attention'),
        count(row, 'no_response'),
      ];
      return { done: well + needsAttention + noResponse, well, needsAttention, noResponse };
    },
  };
  return figures;
};
