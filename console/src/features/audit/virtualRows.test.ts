import { describe, expect, it } from 'vitest';
import { nearTheEnd, visibleRows } from './virtualRows.ts';

describe('When the log browser draws a long log', () => {
  it('draws the rows in view and a few either side, whatever the length', () => {
    expect(visibleRows(0, 360, 36, 100_000)).toEqual({ first: 0, last: 18 });
    expect(visibleRows(36_000, 360, 36, 100_000)).toEqual({ first: 992, last: 1018 });
  });
  it('stops at the end of the list', () => {
    expect(visibleRows(3_600, 360, 36, 105)).toEqual({ first: 92, last: 105 });
    expect(visibleRows(0, 360, 36, 0)).toEqual({ first: 0, last: 0 });
  });
  it('asks for the next page before the last loaded row comes into view', () => {
    expect(nearTheEnd(0, 360, 36, 200)).toBe(false);
    expect(nearTheEnd(6_300, 360, 36, 200)).toBe(true);
  });
});
