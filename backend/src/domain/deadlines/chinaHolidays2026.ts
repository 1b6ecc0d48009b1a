import type { CivilDate } from './civilTime.ts';
import { createWorkingCalendar, type WorkingCalendarConfig } from './workingCalendar.ts';

// Source: 国务院办公厅关于2026年部分节假日安排的通知 (published 2025-11-04, Xinhua).
// The State Council announces each year's arrangement only late in the year before, so
// this must be checked against the official notice and a new file added every year;
// past 2026 the calendar knows weekends only and would count Spring Festival as work.
export const chinaHolidayArrangement2026: readonly {
  readonly festival: string;
  readonly off: readonly CivilDate[];
  readonly makeUpWorkdays: readonly CivilDate[];
}[] = [
  {
    festival: '元旦',
    off: ['2026-01-01', '2026-01-02', '2026-01-03'],
    makeUpWorkdays: ['2026-01-04'],
  },
  {
    festival: '春节',
    off: [
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ],
    makeUpWorkdays: ['2026-02-14', '2026-02-28'],
  },
  { festival: '清明节', off: ['2026-04-04', '2026-04-05', '2026-04-06'], makeUpWorkdays: [] },
  {
    festival: '劳动节',
    off: ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05'],
    makeUpWorkdays: ['2026-05-09'],
  },
  { festival: '端午节', off: ['2026-06-19', '2026-06-20', '2026-06-21'], makeUpWorkdays: [] },
  { festival: '中秋节', off: ['2026-09-25', '2026-09-26', '2026-09-27'], makeUpWorkdays: [] },
  {
    festival: '国庆节',
    off: [
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ],
    makeUpWorkdays: ['2026-09-20', '2026-10-10'],
  },
];

export const chinaCalendarConfig2026 = {
  timeZone: 'Asia/Shanghai',
  holidays: chinaHolidayArrangement2026.flatMap(({ off }) => off),
  makeUpWorkdays: chinaHolidayArrangement2026.flatMap(({ makeUpWorkdays }) => makeUpWorkdays),
} satisfies WorkingCalendarConfig;

export const chinaWorkingCalendar2026 = createWorkingCalendar(chinaCalendarConfig2026);
