// Wall-clock times in Beijing: 2026-06-01 is a Monday, and 端午节 (19–21 June) falls
// inside the street level's 15 working days, so deadlines show the calendar at work.

export const shanghai = (wallTime: string): Date => new Date(`${wallTime}+08:00`);

/** The last millisecond of a day in Beijing, as the events spell deadlines. */
export const endOfDay = (date: string): string => shanghai(`${date}T23:59:59.999`).toISOString();

export const monday = shanghai('2026-06-01T09:00');
export const wednesday = shanghai('2026-06-03T15:00');

/** Deadlines for a medium-risk case reaching each level on Monday morning. */
export const dueFromMonday = {
  grid: endOfDay('2026-06-04'),
  community: endOfDay('2026-06-10'),
  // Fifteen working days: 19 June is 端午节, so the 15th is Tuesday the 23rd.
  street: endOfDay('2026-06-23'),
  department: endOfDay('2026-06-23'),
} as const;
