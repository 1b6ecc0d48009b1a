import type { CaseBoardItem } from '@gridline/projections';
import { describe, expect, it } from 'vitest';
import { countPatch, filterPatch, orderByUrgency } from './patchUrgency.ts';

const item = (
  caseId: string,
  deadline: string | null,
  overdue: boolean,
  status = 'in_progress',
): CaseBoardItem =>
  ({ caseId, deadline, overdue, status, openedAt: '2026-11-01T00:00:00Z' }) as CaseBoardItem;

describe('When My patch orders the grid’s open cases', () => {
  it('puts overdue cases first, the longest overdue on top, then the soonest due, then those with no deadline', () => {
    const ordered = orderByUrgency([
      item('later', '2026-12-10T00:00:00Z', false),
      item('no-deadline', null, false, 'resolved'),
      item('overdue-recently', '2026-11-28T00:00:00Z', true),
      item('soon', '2026-11-30T00:00:00Z', false),
      item('overdue-long', '2026-10-01T00:00:00Z', true),
    ]);
    expect(ordered.map((c) => c.caseId)).toEqual([
      'overdue-long',
      'overdue-recently',
      'soon',
      'later',
      'no-deadline',
    ]);
  });

  it('counts the overdue, those due today and those awaiting dispatch', () => {
    const now = new Date('2026-11-29T09:00:00');
    const counts = countPatch(
      [
        item('a', '2026-11-20T00:00:00Z', true),
        item('b', new Date('2026-11-29T17:00:00').toISOString(), false),
        item('c', '2026-12-05T00:00:00Z', false, 'awaiting_dispatch'),
      ],
      now,
    );
    expect(counts).toEqual({ open: 3, overdue: 1, dueToday: 1, awaitingDispatch: 1 });
  });
});

describe('When a card above the list is chosen', () => {
  it('shows only the cases it counts', () => {
    const cases = [
      item('a', '2026-11-20T00:00:00Z', true),
      item('c', '2026-12-05T00:00:00Z', false, 'awaiting_dispatch'),
    ];
    const now = new Date('2026-11-29T09:00:00');
    expect(filterPatch(cases, 'overdue', now).map((c) => c.caseId)).toEqual(['a']);
    expect(filterPatch(cases, 'awaitingDispatch', now).map((c) => c.caseId)).toEqual(['c']);
    expect(filterPatch(cases, 'open', now)).toHaveLength(2);
  });
});
