// Civil (wall-clock) dates in a deployment's time zone. Everything goes through Intl with
// an explicit zone so the machine's own zone never leaks into a deadline.

/** An ISO calendar date, `YYYY-MM-DD`, in some time zone that the caller knows. */
export type CivilDate = string;

export interface WallTime {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

export interface ZoneClock {
  readonly timeZone: string;
  civilDateOf(instant: Date): CivilDate;
  /** The instant at which `time` is shown on the wall clocks of this zone on `date`. */
  instantAt(date: CivilDate, time: WallTime): Date;
}

const civilDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const fieldsOf = (date: CivilDate): readonly [number, number, number] => {
  const match = civilDatePattern.exec(date);
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
};

const formatUtcDate = (utcMs: number): CivilDate => new Date(utcMs).toISOString().slice(0, 10);

export const isCivilDate = (text: string): boolean => {
  if (!civilDatePattern.test(text)) return false;
  const [year, month, day] = fieldsOf(text);
  // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
  return year >= 1000 && formatUtcDate(Date.UTC(year, month - 1, day)) === text;
};

export const nextCivilDate = (date: CivilDate): CivilDate => {
  const [year, month, day] = fieldsOf(date);
  return formatUtcDate(Date.UTC(year, month - 1, day + 1));
};

/** 0 is Sunday, 6 is Saturday: civil dates have no zone, so UTC arithmetic is exact. */
export const dayOfWeek = (date: CivilDate): number => {
  const [year, month, day] = fieldsOf(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
};

export const isTimeZone = (timeZone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
};

export const createZoneClock = (timeZone: string): ZoneClock => {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'iso8601',
    numberingSystem: 'latn',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

  // The wall-clock reading of an instant, expressed as if that reading were UTC.
  const wallAsUtc = (instantMs: number): number => {
    const parts = format.formatToParts(instantMs);
    const read = (type: Intl.DateTimeFormatPartTypes): number =>
      Number(parts.find((part) => part.type === type)?.value);
    return Date.UTC(
      read('year'),
      read('month') - 1,
      read('day'),
      read('hour'),
      read('minute'),
      read('second'),
    );
  };

  const offsetAt = (instantMs: number): number => {
    const wholeSecond = instantMs - (((instantMs % 1000) + 1000) % 1000);
    return wallAsUtc(instantMs) - wholeSecond;
  };

  return {
    timeZone,
    civilDateOf: (instant) => formatUtcDate(wallAsUtc(instant.getTime())),
    instantAt: (date, { hour, minute, second, millisecond }) => {
      const [year, month, day] = fieldsOf(date);
      const wall = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
      // Two passes settle the offset on either side of a daylight-saving change.
      const guess = wall - offsetAt(wall);
      return new Date(wall - offsetAt(guess));
    },
  };
};
