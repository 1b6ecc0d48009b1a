import { describe, expect, it } from 'vitest';
import { dayOfWeek } from './civilTime.ts';
import { chinaHolidayArrangement2026, chinaWorkingCalendar2026 } from './chinaHolidays2026.ts';

describe('The 2026 mainland China holiday arrangement', () => {
  it('gives each festival the number of days off in the State Council notice', () => {
    const daysOff = Object.fromEntries(
      chinaHolidayArrangement2026.map(({ festival, off }) => [festival, off.length]),
    );
    expect(daysOff).toEqual({
      元旦: 3,
      春节: 9,
      清明节: 3,
      劳动节: 5,
      端午节: 3,
      中秋节: 3,
      国庆节: 7,
    });
  });

  it('puts every make-up workday on a weekend', () => {
    const makeUpDays = chinaHolidayArrangement2026.flatMap(({ makeUpWorkdays }) => makeUpWorkdays);
    expect(makeUpDays).toHaveLength(6);
    for (const date of makeUpDays) expect([0, 6]).toContain(dayOfWeek(date));
  });

  it('lists only dates in 2026', () => {
    for (const { off, makeUpWorkdays } of chinaHolidayArrangement2026) {
      for (const date of [...off, ...makeUpWorkdays]) expect(date.startsWith('2026-')).toBe(true);
    }
  });

  it('is closed on Spring Festival day and open on the make-up Saturday after it', () => {
    expect(chinaWorkingCalendar2026.isWorkingDay('2026-02-17')).toBe(false);
    expect(chinaWorkingCalendar2026.isWorkingDay('2026-02-28')).toBe(true);
  });
});
