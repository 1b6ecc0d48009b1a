import { describe, expect, it } from 'vitest';
import { disputeAtGrid, organisation } from '../../testing/caseFixtures.ts';
import { eligibleAssignees } from './AssignFields.tsx';
import { reasonsBorneOut } from './EscalationFields.tsx';

describe('When a grid case is dispatched', () => {
  it('offers the grid’s own staff', () => {
    expect(
      eligibleAssignees(organisation.staff, disputeAtGrid).map((post) => post.personId),
    ).toEqual(['leader-ruiyiyuan-g01', 'worker-ruiyiyuan-g01-1']);
  });
  it('does not offer the person who holds it already', () => {
    const held = {
      ...disputeAtGrid,
      assignment: { assigneeId: 'worker-ruiyiyuan-g01-1', dispatcherId: 'x' },
    };
    expect(eligibleAssignees(organisation.staff, held).map((post) => post.personId)).toEqual([
      'leader-ruiyiyuan-g01',
    ]);
  });
  it('offers nobody of the grid once the case is at the community', () => {
    expect(eligibleAssignees(organisation.staff, { ...disputeAtGrid, level: 'community' })).toEqual(
      [],
    );
  });
});

describe('When a case is escalated', () => {
  it('offers only the reasons its record bears out', () => {
    expect(reasonsBorneOut(disputeAtGrid)).toEqual(['beyond_authority']);
    expect(
      reasonsBorneOut({ ...disputeAtGrid, failedMediationLevels: ['grid'], riskLevel: 'high' }),
    ).toEqual(['beyond_authority', 'mediation_failed', 'high_risk']);
    expect(reasonsBorneOut({ ...disputeAtGrid, failedMediationLevels: ['community'] })).toEqual([
      'beyond_authority',
    ]);
  });
});
