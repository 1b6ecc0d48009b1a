import { describe, expect, it } from 'vitest';
import {
  admin,
  auditor,
  communityStaff,
  gridLeader,
  gridWorker,
  policeLiaison,
  streetSupervisor,
} from '../testing/accounts.ts';
import { caseStanding, rowStanding, summonsOf } from '../testing/standings.ts';
import { availableActions } from './availableActions.ts';

const dispute = caseStanding;

describe('When a dispute awaits dispatch at the grid', () => {
  it('offers its grid leader every step of the level', () => {
    expect(availableActions(gridLeader, dispute())).toEqual([
      'assign',
      'mediate',
      'summon',
      'escalate',
      'reassessRisk',
      'resolve',
      'note',
    ]);
  });
  it('offers a grid worker who does not hold it only a note', () => {
    expect(availableActions(gridWorker, dispute())).toEqual(['note']);
  });
  it('offers community staff, who oversee the grid, to extend its deadline and a note', () => {
    expect(availableActions(communityStaff, dispute())).toEqual(['extendDeadline', 'note']);
  });
  it('offers an auditor nothing: auditors change nothing', () => {
    expect(availableActions(auditor, dispute())).toEqual([]);
  });
  it('on a board row, leaves out what only the full case can tell (extensions)', () => {
    expect(availableActions(communityStaff, rowStanding())).toEqual(['note']);
  });
});

describe('When a case is dispatched to a grid worker', () => {
  const assigned = dispute({
    status: 'assigned',
    assignment: { assigneeId: gridWorker.personId, dispatcherId: gridLeader.personId },
  });
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
    assignment: { assigneeId: 'staff-ruiyiyuan-3', dispatcherId: 'staff-ruiyiyuan-1' },
  });
  it('no longer offers the grid leader to escalate or dispatch', () => {
    expect(availableActions(gridLeader, atCommunity)).toEqual(['note']);
  });
  it('offers community staff the community’s steps, sending it back to the grid among them', () => {
    expect(availableActions(communityStaff, atCommunity)).toEqual([
      'assign',
      'mediate',
      'summon',
      'escalate',
      'returnDown',
      'reassessRisk',
      'resolve',
      'note',
    ]);
  });
  it('offers the street, which oversees the community, to extend its deadline', () => {
    expect(availableActions(streetSupervisor, atCommunity)).toEqual(['extendDeadline', 'note']);
  });
  it('does not offer to resolve while a summoned department has not reported', () => {
    const summoned = dispute({
      ...atCommunity.record,
      summonses: [summonsOf([{ departmentId: 'ruijing-police' }], 'community')],
    });
    const actions = availableActions(communityStaff, summoned);
    expect(actions).not.toContain('resolve');
    expect(actions).toContain('withdrawSummons');
  });
});

describe('When the street summons departments (吹哨报到)', () => {
  const atStreet = dispute({
    level: 'street',
    status: 'awaiting_dispatch',
    summonses: [
      summonsOf([
        { departmentId: 'ruijing-police' },
        { departmentId: 'ruijing-judicial', reported: true },
      ]),
    ],
  });
  it('offers the summoned liaison to report in, and a note, nothing else', () => {
    expect(availableActions(policeLiaison, atStreet)).toEqual(['report', 'note']);
  });
  it('offers no report once the department reported or was called off', () => {
    const done = dispute({
      ...atStreet.record,
      summonses: [
        summonsOf([{ departmentId: 'ruijing-police', reported: true }]),
        summonsOf([{ departmentId: 'ruijing-police', withdrawn: true }]),
      ],
    });
    expect(availableActions(policeLiaison, done)).toEqual(['note']);
  });
  it('offers a liaison whose department was never summoned nothing at all', () => {
    const other = dispute({
      ...atStreet.record,
      summonses: [summonsOf([{ departmentId: 'ruijing-market' }])],
    });
    expect(availableActions(policeLiaison, other)).toEqual([]);
  });
  it('offers the street supervisor to withdraw it, send it back, but not to resolve yet', () => {
    const actions = availableActions(streetSupervisor, atStreet);
    expect(actions).toEqual([
      'assign',
      'mediate',
      'summon',
      'withdrawSummons',
      'escalate',
      'returnDown',
      'reassessRisk',
      'note',
    ]);
  });
  it('still lets the grid leader who summoned at the grid withdraw after it moved up', () => {
    const movedUp = dispute({
      level: 'community',
      summonses: [summonsOf([{ departmentId: 'ruijing-police' }], 'grid')],
    });
    expect(availableActions(gridLeader, movedUp)).toEqual(['withdrawSummons', 'note']);
  });
  it('lets an admin report for any department', () => {
    expect(availableActions(admin, atStreet)).toContain('report');
  });
});

describe('When a case is at a department', () => {
  const atDepartment = dispute({
    level: 'department',
    departmentId: 'ruijing-police',
    status: 'assigned',
    assignment: { assigneeId: policeLiaison.personId, dispatcherId: streetSupervisor.personId },
  });
  it('offers the department’s liaison, its assignee, to accept it', () => {
    expect(availableActions(policeLiaison, atDepartment)).toEqual(['accept', 'mediate', 'note']);
  });
  it('leaves the street steering it: no escalation above a department, but sending it back', () => {
    const actions = availableActions(streetSupervisor, atDepartment);
    expect(actions).not.toContain('escalate');
    expect(actions).toContain('returnDown');
    // Only the district extends a deadline at the street or a department.
    expect(actions).not.toContain('extendDeadline');
    expect(availableActions(admin, atDepartment)).toContain('extendDeadline');
  });
});

describe('When a deadline was extended already at the level', () => {
  const once = dispute({ extensionsByLevel: { grid: 1 } });
  it('leaves a further extension to the street', () => {
    expect(availableActions(communityStaff, once)).not.toContain('extendDeadline');
    expect(availableActions(streetSupervisor, once)).toContain('extendDeadline');
  });
  it('offers none after the second', () => {
    const twice = dispute({ extensionsByLevel: { grid: 2 } });
    expect(availableActions(streetSupervisor, twice)).not.toContain('extendDeadline');
  });
});

describe('When the case is an issue, not a dispute', () => {
  it('offers no mediation', () => {
    expect(availableActions(gridLeader, dispute({ kind: 'issue' }))).not.toContain('mediate');
  });
});
