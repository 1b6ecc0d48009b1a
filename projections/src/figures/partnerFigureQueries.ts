import type Database from 'better-sqlite3';
import {
  count,
  inScope,
  ofCases,
  placeColumnsOf,
  selectRow,
  selectRows,
  withinWindow,
} from './figureConditions.ts';
import type { FigureSlice } from './figureRequest.ts';
import { rateOf, type DepartmentAnswers, type FigureValues } from './figureResults.ts';

// The figures of those a community works with: departments summoned to its cases (部门报到)
// and residents at its meetings (书记下午茶).

type PartnerFigures = Pick<FigureValues, 'departmentResponse' | 'residentMeetings'>;

// A summons called off by its deadline, before the department reported, is left out of
// the rate; called off later, the department had already missed it.
const withdrawnInTime =
  's.withdrawn_at IS NOT NULL AND s.reported_at IS NULL AND s.withdrawn_at <= s.report_by';

const answers = (row: Record<string, unknown> | undefined): DepartmentAnswers => {
  const summoned = Number(row?.['summoned'] ?? 0);
  const onTime = Number(row?.['on_time'] ?? 0);
  return {
    summoned,
    onTime,
    withdrawn: Number(row?.['withdrawn'] ?? 0),
    rate: rateOf(onTime, summoned),
  };
};

export const partnerFigureQueries = (db: Database.Database) => {
  const figures: { [Name in keyof PartnerFigures]: (slice: FigureSlice) => PartnerFigures[Name] } =
    {
      departmentResponse: (slice) => {
        const rows = selectRows(db, {
          select: `SELECT s.department_id AS department_id,
          sum(NOT (${withdrawnInTime})) AS summoned,
          sum(s.reported_at IS NOT NULL AND s.reported_at <= s.report_by) AS on_time,
          sum(${withdrawnInTime}) AS withdrawn
        FROM figure_summoned s`,
          where: [...ofCases(slice, 's'), ...withinWindow('s.summoned_at', slice.window)],
          tail: 'GROUP BY s.department_id ORDER BY s.department_id',
        });
        const byDepartment = rows.map((row) => ({
          departmentId: String(row['department_id']),
          ...answers(row),
        }));
        const total = (key: 'summoned' | 'onTime' | 'withdrawn') =>
          byDepartment.reduce((sum, department) => sum + department[key], 0);
        const [summoned, onTime] = [total('summoned'), total('onTime')];
        return {
          summoned,
          onTime,
          withdrawn: total('withdrawn'),
          rate: rateOf(onTime, summoned),
          byDepartment,
        };
      },
      // The meetings' own tally, whatever source is asked for: a matter is resolved while its
      // case's latest resolution stands and was not a withdrawal.
      residentMeetings: ({ scope, window }) => {
        const mattersIn = [
          ...inScope(scope, placeColumnsOf('m')),
          ...withinWindow('m.recorded_at', window),
        ];
        const matters = selectRow(db, {
          select: `SELECT count(*) AS collected, count(DISTINCT m.meeting_id) AS meetings,
          sum(c.resolution_stands = 1 AND c.outcome <> 'withdrawn') AS resolved
        FROM figure_meeting_matters m LEFT JOIN figure_cases c ON c.case_id = m.case_id`,
          where: mattersIn,
        });
        // A grid sees the meetings that raised its matters; wider scopes every meeting held.
        const meetings =
          scope.kind === 'grid'
            ? count(matters, 'meetings')
            : count(
                selectRow(db, {
                  select: 'SELECT count(*) AS n FROM figure_meetings m',
                  where: [
                    ...inScope(scope, placeColumnsOf('m')),
                    ...withinWindow('m.recorded_at', window),
                  ],
                }),
                'n',
              );
        const [collected, resolved] = [count(matters, 'collected'), count(matters, 'resolved')];
        return {
          meetings,
          mattersCollected: collected,
          mattersResolved: resolved,
          rate: rateOf(resolved, collected),
        };
      },
    };
  return figures;
};
