import type Database from 'better-sqlite3';
import type { Level } from '@gridline/events';
import { count, ofCases, selectRow, selectRows, withinWindow } from './figureConditions.ts';
import { dayMs, figureLevels, type FigureSlice } from './figureRequest.ts';
import { rateOf, resolutionTimes, type FigureValues } from './figureResults.ts';

// The figures about cases, from the read model's rows: those over the cases opened in the
// window (the cohort) and those over the cases whose standing resolution lies in it.

type CaseFigures = Pick<
  FigureValues,
  | 'communityRetentionRate'
  | 'streetRetentionRate'
  | 'resolutionRate'
  | 'onTimeRate'
  | 'timeToResolve'
  | 'escalationFunnel'
  | 'repeatRate'
  | 'proactiveDiscoveryRate'
>;

const repeatWithinMs = 30 * dayMs;

const openedIn = (slice: FigureSlice) => [
  ...ofCases(slice),
  ...withinWindow('c.opened_at', slice.window),
];

/** Resolved: the latest resolution stands, was not a withdrawal, and was recorded in the window. */
const resolvedIn = (slice: FigureSlice) => [
  { sql: "c.resolution_stands = 1 AND c.outcome <> 'withdrawn'", params: [] },
  ...ofCases(slice),
  ...withinWindow('c.resolved_at', slice.window),
];

/** Remembers the last slice's row: the figures of one slice share their cohort and resolutions. */
const forLastSlice = <Result>(compute: (slice: FigureSlice) => Result) => {
  let last: { key: string; result: Result } | undefined;
  return (slice: FigureSlice): Result => {
    const key = JSON.stringify(slice);
    if (last?.key !== key) last = { key, result: compute(slice) };
    return last.result;
  };
};

export const caseFigureQueries = (db: Database.Database) => {
  const cohort = forLastSlice((slice: FigureSlice) =>
    selectRow(db, {
      select: `SELECT count(*) AS opened,
        sum(c.resolution_stands = 1 AND c.outcome <> 'withdrawn') AS resolved,
        sum(c.resolution_stands = 1 AND c.outcome = 'withdrawn') AS withdrawn,
        sum(c.source = 'inspection') AS from_patrols,
        sum(c.opened_level = 'grid') AS reached_grid,
        sum(c.reached_community) AS reached_community,
        sum(c.reached_street) AS reached_street,
        sum(c.reached_department) AS reached_department
      FROM figure_cases c`,
      where: openedIn(slice),
    }),
  );
  const resolved = forLastSlice((slice: FigureSlice) =>
    selectRow(db, {
      select: `SELECT count(*) AS resolved,
        sum(c.resolution_level IN ('grid', 'community')) AS within_community,
        sum(c.resolution_level <> 'department') AS within_street,
        sum(c.deadline_in_force IS NULL) AS deadline_unknown,
        sum(c.resolved_at <= c.deadline_in_force) AS on_time,
        sum(c.resolved_at <= c.original_deadline) AS on_time_without_extension
      FROM figure_cases c`,
      where: resolvedIn(slice),
    }),
  );

  const figures: { [Name in keyof CaseFigures]: (slice: FigureSlice) => CaseFigures[Name] } = {
    communityRetentionRate: (slice) => {
      const row = resolved(slice);
      const [all, within] = [count(row, 'resolved'), count(row, 'within_community')];
      return { resolved: all, withinCommunity: within, rate: rateOf(within, all) };
    },
    streetRetentionRate: (slice) => {
      const row = resolved(slice);
      const [all, within] = [count(row, 'resolved'), count(row, 'within_street')];
      return { resolved: all, withinStreet: within, rate: rateOf(within, all) };
    },
    resolutionRate: (slice) => {
      const row = cohort(slice);
      const [opened, done] = [count(row, 'opened'), count(row, 'resolved')];
      const withdrawn = count(row, 'withdrawn');
      return { opened, resolved: done, withdrawn, rate: rateOf(done, opened - withdrawn) };
    },
    onTimeRate: (slice) => {
      const row = resolved(slice);
      const all = count(row, 'resolved');
      const unknown = count(row, 'deadline_unknown');
      const [onTime, original] = [count(row, 'on_time'), count(row, 'on_time_without_extension')];
      return {
        resolved: all,
        deadlineUnknown: unknown,
        onTime,
        onTimeWithoutExtension: original,
        rate: rateOf(onTime, all - unknown),
        rateWithoutExtension: rateOf(original, all - unknown),
      };
    },
    timeToResolve: (slice) => {
      const rows = selectRows(db, {
        select:
          'SELECT c.resolution_level AS level, c.resolved_at - c.opened_at AS took FROM figure_cases c',
        where: resolvedIn(slice),
      });
      const took = (level?: Level) =>
        rows
          .filter((row) => level === undefined || row['level'] === level)
          .map((row) => Number(row['took']));
      return {
        all: resolutionTimes(took()),
        grid: resolutionTimes(took('grid')),
        community: resolutionTimes(took('community')),
        street: resolutionTimes(took('street')),
        department: resolutionTimes(took('department')),
      };
    },
    escalationFunnel: (slice) => {
      const row = cohort(slice);
      return Object.fromEntries(
        figureLevels.map((level) => [level, count(row, `reached_${level}`)]),
      ) as Record<Level, number>;
    },
    repeatRate: (slice) => {
      const row = selectRow(db, {
        select: `SELECT count(*) AS opened, sum(EXISTS (
          SELECT 1 FROM figure_cases e
          WHERE e.building_id = c.building_id AND e.topic = c.topic
            AND e.opened_position < c.opened_position AND e.opened_at >= c.opened_at - ?
        )) AS repeats FROM figure_cases c`,
        selectParams: [repeatWithinMs],
        where: openedIn(slice),
      });
      const [opened, repeats] = [count(row, 'opened'), count(row, 'repeats')];
      return { opened, repeats, rate: rateOf(repeats, opened) };
    },
    proactiveDiscoveryRate: (slice) => {
      const row = cohort(slice);
      const [opened, fromPatrols] = [count(row, 'opened'), count(row, 'from_patrols')];
      return { opened, fromPatrols, rate: rateOf(fromPatrols, opened) };
    },
  };
  return figures;
};
