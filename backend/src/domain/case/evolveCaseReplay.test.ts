import { people } from './specification/people.ts';
import { describe, expect, it } from 'vitest';
import { foldCase, type RecordedCaseEvent } from './evolveCase.ts';
import {
  accepted,
  closed,
  deadlineMissed,
  disputeLogged,
  escalated,
  verified,
  visited,
} from './specification/history.ts';
import {
  inProgressAtGrid,
  loggedDispute,
  resolvedAtGrid,
  verifiedAtGrid,
} from './specification/stories.ts';
import { dueFromMonday } from './specification/time.ts';

// Replaying the log must never fail: the fold trusts what can apply and skips the rest.

describe('When the log holds what the rules would have refused', () => {
  it('records a missed deadline once, however often it appears', () => {
    const missed = deadlineMissed('grid', dueFromMonday.grid);
    expect(foldCase([...inProgressAtGrid, missed, missed])).toMatchObject({
      missedDeadlines: [{ level: 'grid', deadline: dueFromMonday.grid }],
    });
  });

  it('ignores events before the case exists', () => {
    expect(foldCase([accepted('grid'), verified(people.admin), ...loggedDispute])).toMatchObject({
      status: 'awaiting_dispatch',
    });
  });

  it('ignores a second opening', () => {
    const state = foldCase([...loggedDispute, disputeLogged({ riskLevel: 'critical' })]);
    expect(state).toMatchObject({ riskLevel: 'medium' });
  });

  it('ignores routing on a resolved case', () => {
    const state = foldCase([
      ...resolvedAtGrid,
      escalated('grid', 'community', dueFromMonday.community),
    ]);
    expect(state).toMatchObject({ status: 'resolved', level: 'grid' });
  });

  it('ignores an event type it does not know instead of failing the replay', () => {
    const unknown = { type: 'CaseTeleported', data: {} } as unknown as RecordedCaseEvent;
    expect(foldCase([...loggedDispute, unknown])).toEqual(foldCase(loggedDispute));
  });

  it('closes only a resolved case', () => {
    expect(foldCase([...inProgressAtGrid, closed()])).toMatchObject({ status: 'in_progress' });
    expect(
      foldCase([...verifiedAtGrid, visited('satisfied', people.gridLeader), closed()]),
    ).toMatchObject({
      status: 'closed',
      basis: 'satisfied_return_visit',
      resolution: { level: 'grid' },
    });
  });
});
