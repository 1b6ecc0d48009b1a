import type { WorkingCalendar } from '../domain/deadlines/index.ts';

// Office hours in the district's time zone. China keeps UTC+8 all year, so local wall
// time is a fixed offset; which days are working days is the deployment's calendar.

const hour = 3_600_000;
const minute = 60_000;
const offset = 8 * hour;
/** 08:30–17:30: grid and community offices, street offices, department desks. */
const opens = 8.5 * hour;
const closes = 17.5 * hour;

export const hours = (count: number): number => count * hour;
export const minutes = (count: number): number => count * minute;

/** Midnight (local) of the day `instant` falls on. */
export const localMidnight = (instant: Date): Date =>
  new Date(Math.floor((instant.getTime() + offset) / (24 * hour)) * 24 * hour - offset);

/** The instant at a local time of day, as hours after midnight (9.5 = 09:30). */
export const atLocalTime = (day: Date, hourOfDay: number): Date =>
  new Date(localMidnight(day).getTime() + hourOfDay * hour);

const nextDay = (midnight: Date): Date => new Date(midnight.getTime() + 24 * hour);

/** `YYYYMMDD` of the local date, for ids. */
export const localDateTag = (instant: Date): string =>
  new Date(instant.getTime() + offset).toISOString().slice(0, 10).replaceAll('-', '');

export const workingTime = (calendar: WorkingCalendar) => {
  // Asked thousands of times about the same few hundred days.
  const known = new Map<number, boolean>();
  const isWorkingDay = (midnight: Date): boolean => {
    let working = known.get(midnight.getTime());
    if (working === undefined) {
      working = calendar.isWorkingDay(new Date(midnight.getTime() + 12 * hour));
      known.set(midnight.getTime(), working);
    }
    return working;
  };

  /** The same instant if it is within office hours of a working day, else the next opening. */
  const nextOfficeMoment = (instant: Date): Date => {
    let day = localMidnight(instant);
    let sinceMidnight = instant.getTime() - day.getTime();
    for (;;) {
      if (isWorkingDay(day) && sinceMidnight < closes) {
        return new Date(day.getTime() + Math.max(sinceMidnight, opens));
      }
      day = nextDay(day);
      sinceMidnight = 0;
    }
  };

  return {
    nextOfficeMoment,
    /** `amount` ms of office time after `from`, skipping nights, weekends and holidays. */
    addOfficeTime(from: Date, amount: number): Date {
      let at = nextOfficeMoment(from);
      let left = amount;
      for (;;) {
        const closing = localMidnight(at).getTime() + closes;
        if (at.getTime() + left <= closing) return new Date(at.getTime() + left);
        left -= closing - at.getTime();
        at = nextOfficeMoment(new Date(closing));
      }
    },
    /** Midnight of every working day in [start, end). */
    workingDays(start: Date, end: Date): Date[] {
      const days: Date[] = [];
      for (let day = localMidnight(start); day < end; day = nextDay(day)) {
        if (isWorkingDay(day)) days.push(day);
      }
      return days;
    },
  };
};

export type WorkingTime = ReturnType<typeof workingTime>;
