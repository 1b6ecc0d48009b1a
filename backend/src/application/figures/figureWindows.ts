import type { TimeWindow } from '@gridline/projections';
import {
  createZoneClock,
  dayOfWeek,
  nextCivilDate,
  type CivilDate,
  type ZoneClock,
} from '../../domain/deadlines/civilTime.ts';

// Windows as people ask for them — whole days, weeks, months on the deployment's wall
// clock — turned into the instants the figures count between.

/** Two dates, both included. */
export interface DateWindow {
  readonly from: CivilDate;
  readonly to: CivilDate;
}

export interface DatedWindow extends DateWindow {
  readonly window: TimeWindow;
}

const midnight = { hour: 0, minute: 0, second: 0, millisecond: 0 };

export const figureClock = (timeZone: string) => {
  const clock: ZoneClock = createZoneClock(timeZone);
  const startOf = (date: CivilDate): number => clock.instantAt(date, midnight).getTime();
  const instants = ({ from, to }: DateWindow): DatedWindow => ({
    from,
    to,
    window: { from: startOf(from), to: startOf(nextCivilDate(to)) },
  });

  return {
    today: (now: Date): CivilDate => clock.civilDateOf(now),
    instants,
    /** The window cut at each Monday: the first and last weeks may be shorter. */
    weeks: ({ from, to }: DateWindow): DatedWindow[] => {
      const weeks: DatedWindow[] = [];
      let start = from;
      for (let day = from; day <= to; day = nextCivilDate(day)) {
        const next = nextCivilDate(day);
        if (day === to || dayOfWeek(next) === 1) {
          weeks.push(instants({ from: start, to: day }));
          start = next;
        }
      }
      return weeks;
    },
  };
};

export type FigureClock = ReturnType<typeof figureClock>;

/** Whole days from `from` to `to`, both included. */
export const daysIn = ({ from, to }: DateWindow): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

/** The date `days` before `date`. */
export const daysBefore = (date: CivilDate, days: number): CivilDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** The first and last days of a month given as YYYY-MM. */
export const monthDates = (month: string): DateWindow => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
  return { from: `${month}-01`, to: last };
};
