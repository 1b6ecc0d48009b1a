import { describe, expect, it } from 'vitest';
import { headlinesOf } from './headlineFigures.ts';
import { linePath, seriesOf } from './weeklySeries.ts';

const week = (from: string, opened: number, resolved: number) => ({
  from,
  to: from,
  figures: {
    resolutionRate: {
      opened,
      resolved,
      withdrawn: 0,
      rate: opened === 0 ? null : resolved / opened,
    },
    residentMeetings: { meetings: 2, mattersCollected: 5, mattersResolved: 4, rate: 0.8 },
  },
});

describe('When the figures are drawn week by week', () => {
  it('takes each week’s rate, null where a week had nothing to count', () => {
    const [line] = seriesOf(
      [week('2026-11-02', 4, 2), week('2026-11-09', 0, 0), week('2026-11-16', 5, 5)],
      ['resolutionRate'],
    );
    expect(line?.values).toEqual([0.5, null, 1]);
  });
  it('breaks the line at a week without a figure instead of drawing it to zero', () => {
    expect(linePath([0.5, null, 1], 200, 100)).toBe('M0 50 M200 0');
    expect(linePath([1, 0.5, 0], 200, 100)).toBe('M0 0 L100 50 L200 100');
  });
  it('gives the residents’ meetings their tally: collected, resolved, the rate', () => {
    const meetings = headlinesOf(week('2026-11-02', 1, 1).figures).find(
      (headline) => headline.name === 'residentMeetings',
    );
    expect(meetings).toEqual({
      name: 'residentMeetings',
      rate: 0.8,
      basis: { collected: 5, part: 4 },
    });
  });
});
