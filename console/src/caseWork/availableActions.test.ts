import { describe, expect, it } from 'vitest';
import { auditor, communityStaff, gridLeader, gridWorker } from '../testing/accounts.ts';
import { availableActions, type CaseStanding } from './availableActions.ts';

const dispute = (overrides: Partial<CaseStanding> = {}): CaseStanding => ({
  kind: 'dispute',
  status: 'awaiting_dispatch',
  level: 'grid',
  place: { streetId: 'ruijing', communityId: 'ruiyiyuan', gridId: 'ruiyiyuan-g01' },
  departmentId: null,
  assigneeId: null,
  ...overrides,
});

describe('When a dispute awaits dispatch at the grid', () => {
  it('offers its grid leader every step of the level', () => {
    expect(availableActions(gridLeader, dispute())).toEqual([
      'assign',
      'mediate',
      'escalate',
      'resolve',
      'note',
    ]);
  });
  it('offers a grid worker who does not hold it only a note', () => {
    expect(availableActions(gridWorker, dispute())).toEqual(['note']);
  });
  it('offers community staff nothing but a note until it reaches the community', () => {
    expect(availableActions(communityStaff, dispute())).toEqual(['note']);
  });
  it('offers an auditor nothing: auditors change nothing', () => {
    expect(availableActions(auditor, dispute())).toEqual([]);
  });
});

describe('When a case is dispatched to a grid worker', () => {
  const assigned = dispute({ status: 'assigned', assigneeId: gridWorker.personId });
  it('offers the assignee to accept and mediate, not yet to resolve', () => {
    expect(availableActions(gridWorker, assigned)).toEqual(['accept', 'mediate', 'note']);
  });
  it('offers the assignee to resolve once accepted', () => {
    expect(availableActions(gridWorker, { ...assigned, status: 'in_progress' })).toContain(
      'resolve',
    );
  });
});

describe('When a case lies outside the person’s grid', () => {
  it('offers nothing at all', () => {
    const elsewhere = dispute({
      place: { streetId: 'ruijing', communityId: 'ruiyiyuan', gridId: 'ruiyiyuan-g02' },
    });
    expect(availableActions(gridLeader, elsewhere)).toEqual([]);
  });
});

describe('When a case was escalated to the community', () => {
  const atCommunity = dispute({
    level: 'community',
    status: 'in_progress',
    assigneeId: 'staff-ruiyiyuan-3',
  });
  it('no longer offers the grid leader to escalate or dispatch', () => {
    expect(availableActions(gridLeader, atCommunity)).toEqual(['note']);
  });
  it('offers community staff the community’s steps', () => {
    expect(availableActions(communityStaff, atCommunity)).toEqual([
      'assign',
      'mediate',
      'escalate',
      'resolve',
      'note',
    ]);
  });
  it('does not offer to resolve while a summoned department has not reported', () => {
    const summoned = {
      ...atCommunity,
      summonses: [
        {
          summonsId: 's1',
          urgent: false,
          level: 'community' as const,
          departments: [
            {
              departmentId: 'ruijing-police',
              role: 'lead' as const,
              reportBy: '2026-12-01T00:00:00Z',
              reported: false,
              withdrawn: false,
            },
          ],
        },
      ],
    };
    expect(availableActions(communityStaff, summoned)).not.toContain('resolve');
  });
});

describe('When a case is resolved or closed', () => {
  it('offers only a note', () => {
    expect(availableActions(gridLeader, dispute({ status: 'resolved' }))).toEqual(['note']);
    expect(availableActions(gridLeader, dispute({ status: 'closed' }))).toEqual(['note']);
  });
});

describe('When the case is an issue, not a dispute', () => {
  it('offers no mediation', () => {
    expect(availableActions(gridLeader, dispute({ kind: 'issue' }))).not.toContain('mediate');
  });
});
