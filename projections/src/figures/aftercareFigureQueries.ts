import type Database from 'better-sqlite3';
import { count, ofCases, selectRow, selectRows, withinWindow } from './figureConditions.ts';
import type { FigureSlice } from './figureRequest.ts';
import { rateOf, type FigureValues } from './figureResults.ts';

// What happened after cases were settled or while they climbed: return visits, reopens,
// and cases sent back down. Each is a row per event, joined to its case for scope and source.

type AftercareFigures = Pick<FigureValues, 'satisfactionRate' | 'reopenRate' | 'returns'>;

export const aftercareFigureQueries = (db: Database.Database) => {
  const figures: {
    [Name in keyof AftercareFigures]: (slice: FigureSlice) => AftercareFigures[Name];
  } = {
    satisfactionRate: (slice) => {
      const row = selectRow(db, {
        select: `SELECT count(*) AS visits,
          sum(v.rating = 'satisfied') AS satisfied,
          sum(v.rating = 'basically_satisfied') AS basically_satisfied,
          sum(v.rating = 'unsatisfied') AS unsatisfied
        FROM figure_visits v`,
        where: [...ofCases(slice, 'v'), ...withinWindow('v.visited_at', slice.window)],
      });
      const satisfied = count(row, 'satisfied');
      const basicallySatisfied = count(row, 'basically_satisfied');
      const visits = count(row, 'visits');
      return {
        visits,
        satisfied,
        basicallySatisfied,
        unsatisfied: count(row, 'unsatisfied'),
        rate: rateOf(satisfied + basicallySatisfied, visits),
      };
    },
    // Of the cases resolved (not withdrawn) in the window, those reopened at any time after
    // their first such resolution.
    reopenRate: (slice) => {
      const row = selectRow(db, {
        select: `SELECT count(*) AS resolved, sum(EXISTS (
          SELECT 1 FROM figure_reopens o WHERE o.case_id = first.case_id AND o.position > first.position
        )) AS reopened FROM (
          SELECT r.case_id, min(r.position) AS position
          FROM figure_resolutions r`,
        where: [
          { sql: "r.outcome <> 'withdrawn'", params: [] },
          ...ofCases(slice, 'r'),
          ...withinWindow('r.resolved_at', slice.window),
        ],
        tail: 'GROUP BY r.case_id) AS first',
      });
      const [resolved, reopened] = [count(row, 'resolved'), count(row, 'reopened')];
      return { resolved, reopened, rate: rateOf(reopened, resolved) };
    },
    returns: (slice) => {
      const rows = selectRows(db, {
        select: `SELECT r.from_level AS level, count(*) AS returns
        FROM figure_returns r`,
        where: [...ofCases(slice, 'r'), ...withinWindow('r.returned_at', slice.window)],
        tail: 'GROUP BY r.from_level',
      });
      const from = (level: string) =>
        count(
          rows.find((row) => row['level'] === level),
          'returns',
        );
      const [community, street, department] = [
        from('community'),
        from('street'),
        from('department'),
      ];
      return { community, street, department, total: community + street + department };
    },
  };
  return figures;
};
