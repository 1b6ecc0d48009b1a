import { describe, expect, it } from 'vitest';
import { timeLeft, timeLeftParts } from './timeLeft.ts';

const now = new Date('2026-11-29T08:00:00.000Z');

describe('When a deadline timer is shown', () => {
  it('says days and hours while days are left', () => {
    const left = timeLeft('2026-12-01T11:30:00.000Z', now);
    expect(left).toEqual({ overdue: false, days: 2, hours: 3, minutes: 30 });
    expect(timeLeftParts(left)).toEqual({ days: 2, hours: 3 });
  });
  it('says hours and minutes on the last day, minutes in the last hour', () => {
    expect(timeLeftParts(timeLeft('2026-11-29T12:10:00.000Z', now))).toEqual({
      hours: 4,
      minutes: 10,
    });
    expect(timeLeftParts(timeLeft('2026-11-29T08:25:00.000Z', now))).toEqual({ minutes: 25 });
  });
  it('counts how long a missed deadline has been missed', () => {
    const late = timeLeft('2026-11-27T05:00:00.000Z', now);
    expect(late).toEqual({ overdue: true, days: 2, hours: 3, minutes: 0 });
  });
});
