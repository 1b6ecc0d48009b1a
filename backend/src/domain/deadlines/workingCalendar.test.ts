import { describe, expect, it } from 'vitest';
import { ConfigError } from '../configError.ts';
import { chinaWorkingCalendar2026 as china } from './chinaHolidays2026.ts';
import { createWorkingCalendar } from './workingCalendar.ts';

const shanghai = (wallTime: string): Date => new Date(`${wallTime}+08:00`);
const endOfDayInShanghai = (date: string): Date => shanghai(`${date}T23:59:59.999`);

describe('A working calendar', () => {
  it('skips weekends', () => {
    const wednesday = shanghai('2026-03-04T10:00');
    expect(china.addWorkingDays(wednesday, 3)).toEqual(endOfDayInShanghai('2026-03-09'));
  });

  it('does not count the day work started, even when it is a working day', () => {
    const monday = shanghai('2026-03-09T08:00');
    expect(china.addWorkingDays(monday, 1)).toEqual(endOfDayInShanghai('2026-03-10'));
  });

  it('skips a holiday week', () => {
    const dayBeforeNationalDay = shanghai('2026-09-30T10:00');
    expect(china.addWorkingDays(dayBeforeNationalDay, 1)).toEqual(endOfDayInShanghai('2026-10-08'));
  });

  it('counts a make-up Saturday as a working day', () => {
    const friday = shanghai('2026-05-08T10:00');
    expect(china.isWorkingDay('2026-05-09')).toBe(true);
    expect(china.addWorkingDays(friday, 1)).toEqual(endOfDayInShanghai('2026-05-09'));
  });

  it('counts a make-up Sunday as a working day', () => {
    expect(china.isWorkingDay('2026-01-04')).toBe(true);
    expect(china.isWorkingDay('2026-01-03')).toBe(false);
  });

  it('counts work started on a holiday from the next working day', () => {
    const labourDay = shanghai('2026-05-02T15:00');
    const lastDayBefore = shanghai('2026-04-30T15:00');
    expect(china.addWorkingDays(labourDay, 1)).toEqual(endOfDayInShanghai('2026-05-06'));
    expect(china.addWorkingDays(lastDayBefore, 1)).toEqual(endOfDayInShanghai('2026-05-06'));
  });

  it('crosses the Spring Festival, counting the make-up Saturday before it', () => {
    const friday = shanghai('2026-02-13T10:00');
    expect(china.addWorkingDays(friday, 3)).toEqual(endOfDayInShanghai('2026-02-25'));
  });

  it('reads the date in its own time zone, not the machine’s', () => {
    const instant = new Date('2026-03-06T17:00:00Z');
    expect(china.civilDateOf(instant)).toBe('2026-03-07');
    expect(china.isWorkingDay(instant)).toBe(false);
    expect(createWorkingCalendar({ timeZone: 'UTC' }).isWorkingDay(instant)).toBe(true);
    expect(china.addWorkingDays(instant, 1)).toEqual(new Date('2026-03-09T15:59:59.999Z'));
  });

  it('accepts a fixed offset as its time zone', () => {
    const fixed = createWorkingCalendar({ timeZone: '+08:00' });
    const instant = new Date('2026-03-06T17:00:00Z');
    expect(fixed.isWorkingDay(instant)).toBe(false);
    expect(fixed.addWorkingDays(instant, 1)).toEqual(new Date('2026-03-09T15:59:59.999Z'));
  });

  it('ends the day on local time across a daylight-saving change', () => {
    const newYork = createWorkingCalendar({ timeZone: 'America/New_York' });
    const fridayBeforeClocksGoForward = new Date('2026-03-06T15:00:00Z');
    expect(newYork.addWorkingDays(fridayBeforeClocksGoForward, 1)).toEqual(
      new Date('2026-03-09T23:59:59.999-04:00'),
    );
  });

  it('defaults to Asia/Shanghai with weekends only', () => {
    const plain = createWorkingCalendar();
    expect(plain.timeZone).toBe('Asia/Shanghai');
    expect(plain.isWorkingDay('2026-10-01')).toBe(true);
  });

  it('rejects a day count that is not a whole number of at least one', () => {
    const monday = shanghai('2026-03-09T08:00');
    expect(() => china.addWorkingDays(monday, 0)).toThrow(RangeError);
    expect(() => china.addWorkingDays(monday, 1.5)).toThrow(RangeError);
  });

  it('rejects an invalid date', () => {
    expect(() => china.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => china.addWorkingDays(new Date('nonsense'), 1)).toThrow(RangeError);
  });
});

describe('A working calendar configuration', () => {
  it('rejects an unknown time zone, naming the field', () => {
    expect(() => createWorkingCalendar({ timeZone: 'Asia/Beijing' })).toThrow(
      /timeZone: "Asia\/Beijing" is neither/,
    );
  });

  it('rejects an impossible holiday date, naming its position', () => {
    expect(() => createWorkingCalendar({ holidays: ['2026-02-30'] })).toThrow(
      /holidays\.0: "2026-02-30" is not a YYYY-MM-DD date/,
    );
  });

  it('rejects a make-up workday that is a weekday or also a holiday', () => {
    const attempt = () =>
      createWorkingCalendar({
        holidays: ['2026-10-10'],
        makeUpWorkdays: ['2026-10-09', '2026-10-10'],
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/makeUpWorkdays\.0: 2026-10-09 is a weekday/);
    expect(attempt).toThrow(/makeUpWorkdays\.1: 2026-10-10 is also listed as a holiday/);
  });

  it('rejects an unknown field', () => {
    expect(() => createWorkingCalendar({ holiday: [] } as never)).toThrow(/holiday/);
  });
});
