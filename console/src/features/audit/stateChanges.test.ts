import type { ReplayStep } from '@gridline/projections';
import { describe, expect, it } from 'vitest';
import { changedMembers } from './stateChanges.ts';

type State = ReplayStep['state'];

const opened = {
  status: 'awaiting_dispatch',
  level: 'grid',
  riskLevel: 'low',
  deadline: {
    level: 'grid',
    due: '2026-11-30T10:00:00.000Z',
    original: '2026-11-30T10:00:00.000Z',
  },
  summonses: [],
  missedDeadlines: [],
  resolutionCount: 0,
  reopenCount: 0,
  returnCount: 0,
} as unknown as State;

describe('When the replay marks what a step changed', () => {
  it('marks everything at the opening event', () => {
    expect(changedMembers(undefined, opened).has('status')).toBe(true);
    expect(changedMembers(undefined, opened).size).toBe(12);
  });
  it('marks only the members whose value moved', () => {
    const assigned = {
      ...opened,
      status: 'assigned',
      assignment: { assigneeId: 'p-1', dispatcherId: 'p-2' },
    } as unknown as State;
    expect([...changedMembers(opened, assigned)]).toEqual(['status', 'assignment']);
  });
  it('sees a change deep inside a member, such as an extended deadline', () => {
    const extended = {
      ...opened,
      deadline: {
        level: 'grid',
        due: '2026-12-03T10:00:00.000Z',
        original: '2026-11-30T10:00:00.000Z',
      },
    } as unknown as State;
    expect([...changedMembers(opened, extended)]).toEqual(['deadline']);
  });
});
