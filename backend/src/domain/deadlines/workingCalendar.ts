import * as z from 'zod';
import {
  createZoneClock,
  dayOfWeek,
  isCivilDate,
  isTimeZone,
  nextCivilDate,
  type CivilDate,
} from './civilTime.ts';
import { parseDeploymentConfig } from './parseDeploymentConfig.ts';

export interface WorkingCalendar {
  readonly timeZone: string;
  civilDateOf(instant: Date): CivilDate;
  isWorkingDay(day: Date | CivilDate): boolean;
  /** The last millisecond (local time) of the `days`-th working day after `from`'s date. */
  addWorkingDays(from: Date, days: number): Date;
}

const civilDateSchema = z.string().refine(isCivilDate, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a YYYY-MM-DD date`,
});

const isWeekend = (date: CivilDate): boolean => {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
};

export const workingCalendarConfigSchema = z
  .strictObject({
    timeZone: z
      .string()
      .refine(isTimeZone, {
        error: (issue) =>
          `${JSON.stringify(issue.input)} is neither an IANA time zone (Asia/Shanghai) nor an offset (+08:00)`,
      })
      .default('Asia/Shanghai'),
    holidays: z.array(civilDateSchema).default([]),
    makeUpWorkdays: z.array(civilDateSchema).default([]),
  })
  .superRefine(({ holidays, makeUpWorkdays }, context) => {
    const off = new Set(holidays);
    makeUpWorkdays.forEach((date, index) => {
      // A make-up workday on a weekday changes nothing, so it is almost surely a typo.
      if (isCivilDate(date) && !isWeekend(date)) {
        context.addIssue({
          code: 'custom',
          path: ['makeUpWorkdays', index],
          message: `${date} is a weekday; make-up workdays (调休) fall on weekends`,
        });
      }
      if (off.has(date)) {
        context.addIssue({
          code: 'custom',
          path: ['makeUpWorkdays', index],
          message: `${date} is also listed as a holiday`,
        });
      }
    });
  });

export type WorkingCalendarConfig = z.input<typeof workingCalendarConfigSchema>;

// Deadlines end at the last millisecond of their final working day rather than at the
// start of the next one: "3个工作日内办结" means the work is due *on* the 3rd working day
// (民法典第203条: the last day of a period ends at 24:00), that date is what the console
// shows and citizens are told, and a case due on a Friday is overdue on Saturday rather
// than passing as on time until Monday.
const endOfDay = { hour: 23, minute: 59, second: 59, millisecond: 999 } as const;

export const createWorkingCalendar = (config: WorkingCalendarConfig = {}): WorkingCalendar => {
  const { timeZone, holidays, makeUpWorkdays } = parseDeploymentConfig(
    workingCalendarConfigSchema,
    config,
    'working calendar',
  );
  const clock = createZoneClock(timeZone);
  const off = new Set(holidays);
  const workingWeekends = new Set(makeUpWorkdays);

  const isWorkingDate = (date: CivilDate): boolean =>
    workingWeekends.has(date) || (!off.has(date) && !isWeekend(date));

  const civilDateOf = (instant: Date): CivilDate => {
    if (Number.isNaN(instant.getTime())) throw new RangeError('Expected a valid Date');
    return clock.civilDateOf(instant);
  };

  return {
    timeZone,
    civilDateOf,
    isWorkingDay: (day) => {
      if (day instanceof Date) return isWorkingDate(civilDateOf(day));
      if (!isCivilDate(day))
        throw new RangeError(`Expected YYYY-MM-DD, got ${JSON.stringify(day)}`);
      return isWorkingDate(day);
    },
    addWorkingDays: (from, days) => {
      if (!Number.isSafeInteger(days) || days < 1) {
        throw new RangeError(`Expected a whole number of working days ≥ 1, got ${days}`);
      }
      // The starting day never counts, working or not (as 民法典第201条 counts periods), so
      // work that starts on a weekend or holiday counts from the next working day.
      let date = civilDateOf(from);
      for (let counted = 0; counted < days;) {
        date = nextCivilDate(date);
        if (isWorkingDate(date)) counted += 1;
      }
      return clock.instantAt(date, endOfDay);
    },
  };
};
