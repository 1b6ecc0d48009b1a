import { describe, expect, it } from 'vitest';
import { suggestsReopening } from './caseState.ts';
import { foldCase } from './evolveCase.ts';
import {
  accepted,
  assigned,
  at,
  departmentReported,
  disputeLogged,
  extended,
  issueReported,
  reopened,
  resolved,
  returned,
  visited,
} from './specification/history.ts';
import { departments, people, place } from './specification/people.ts';
import {
  assignedAtDepartment,
  awaitingAtCommunity,
  inProgressAtGrid,
  loggedDispute,
  resolvedAtGrid,
  summonedAtCommunity,
  summonsId,
  verifiedAtGrid,
} from './specification/stories.ts';
import { dueFromMonday, endOfDay, monday, wednesday } from './specification/time.ts';

describe('When a case is opened', () => {
  it('awaits dispatch at the level it opened at, its clock already running', () => {
    expect(foldCase(loggedDispute)).toMatchObject({
      status: 'awaiting_dispatch',
      kind: 'dispute',
      place,
      riskLevel: 'medium',
      level: 'grid',
      openedAtLevel: 'grid',
      deadline: { level: 'grid', due: dueFromMonday.grid, original: dueFromMonday.grid },
    });
  });

  it('opens at the community when community staff opened it', () => {
    const due = endOfDay('2026-06-05');
    expect(foldCase([issueReported({ level: 'community', deadline: due })])).toMatchObject({
      level: 'community',
      openedAtLevel: 'community',
      deadline: { level: 'community', due },
    });
  });

  it('has no deadline until dispatch when it was opened before clocks started at intake', () => {
    expect(foldCase([disputeLogged({ deadline: null })])).toMatchObject({ deadline: null });
  });

  it('remembers the field clock of the latest event', () => {
    const state = foldCase([at(disputeLogged(), monday), at(accepted('grid'), wednesday)]);
    expect(state).toMatchObject({ lastOccurredAt: wednesday.toISOString() });
  });

  it('knows an issue from a dispute', () => {
    expect(foldCase([issueReported()])).toMatchObject({ kind: 'issue', riskLevel: 'high' });
  });
});

describe('When a case is dispatched and accepted', () => {
  it('is in progress with its assignee, dispatcher and deadline', () => {
    expect(foldCase(inProgressAtGrid)).toMatchObject({
      status: 'in_progress',
      assignment: {
        assigneeId: people.gridWorker.personId,
        dispatcherId: people.gridLeader.personId,
      },
      deadline: { level: 'grid', due: dueFromMonday.grid, original: dueFromMonday.grid },
      handlerIds: [people.gridWorker.personId],
      dispatcherIds: [people.gridLeader.personId],
    });
  });
});

describe('When a case climbs the ladder', () => {
  it('leaves its assignee behind and awaits dispatch at the new level', () => {
    const state = foldCase(awaitingAtCommunity);
    expect(state).toMatchObject({
      status: 'awaiting_dispatch',
      level: 'community',
      deadline: { level: 'community', due: dueFromMonday.community },
      originalDeadlines: { grid: dueFromMonday.grid, community: dueFromMonday.community },
    });
    expect(state).not.toHaveProperty('assignment');
  });

  it('names the department holding it at the department level', () => {
    expect(foldCase(assignedAtDepartment)).toMatchObject({
      status: 'assigned',
      level: 'department',
      departmentId: departments.police,
    });
  });
});

describe('When a deadline is extended', () => {
  it('moves the deadline in force and keeps the original on record', () => {
    const state = foldCase([
      ...inProgressAtGrid,
      extended('grid', dueFromMonday.grid, endOfDay('2026-06-08')),
    ]);
    expect(state).toMatchObject({
      deadline: { level: 'grid', due: endOfDay('2026-06-08'), original: dueFromMonday.grid },
      originalDeadlines: { grid: dueFromMonday.grid },
    });
  });

  it('keeps the extension when the case is handed to someone else at the same level', () => {
    const state = foldCase([
      ...inProgressAtGrid,
      extended('grid', dueFromMonday.grid, endOfDay('2026-06-08')),
      assigned('grid', people.secondGridWorker, people.gridLeader, endOfDay('2026-06-08')),
    ]);
    expect(state).toMatchObject({
      deadline: { due: endOfDay('2026-06-08'), original: dueFromMonday.grid },
    });
  });
});

describe('When a case is sent back down', () => {
  it('counts every return and forgets the department', () => {
    const state = foldCase([
      ...assignedAtDepartment,
      returned('department', 'street', dueFromMonday.street),
      returned('street', 'community', dueFromMonday.community),
    ]);
    expect(state).toMatchObject({
      status: 'awaiting_dispatch',
      level: 'community',
      departmentId: null,
      returnCount: 2,
    });
  });
});

describe('When a case is resolved', () => {
  it('records the level, the resolver and the time from the metadata', () => {
    expect(foldCase(resolvedAtGrid)).toMatchObject({
      status: 'resolved',
      deadline: null,
      verified: false,
      resolution: {
        level: 'grid',
        outcome: 'mediated',
        resolverId: people.gridWorker.personId,
        resolvedAt: wednesday.toISOString(),
      },
    });
  });

  it('counts a resolver who was not the assignee among the handlers', () => {
    const state = foldCase([...loggedDispute, resolved('grid', people.gridLeader, monday)]);
    expect(state).toMatchObject({ handlerIds: [people.gridLeader.personId] });
  });

  it('suggests reopening after an unsatisfied return visit, even after a later satisfied one', () => {
    const unsatisfied = [...verifiedAtGrid, visited('unsatisfied', people.secondGridWorker)];
    expect(suggestsReopening(foldCase(unsatisfied))).toBe(true);
    expect(
      suggestsReopening(foldCase([...unsatisfied, visited('satisfied', people.gridLeader)])),
    ).toBe(true);
    expect(
      suggestsReopening(foldCase([...verifiedAtGrid, visited('satisfied', people.gridLeader)])),
    ).toBe(false);
  });

  it('numbers its resolutions and keeps every visit of the current one', () => {
    const state = foldCase([
      ...verifiedAtGrid,
      visited('unsatisfied', people.secondGridWorker),
      reopened('grid', endOfDay('2026-06-11')),
      resolved('grid', people.gridWorker, wednesday, 'mediated', 2),
      visited('satisfied', people.gridLeader, 2),
    ]);
    expect(state).toMatchObject({
      resolution: { number: 2 },
      resolutionCount: 2,
      unsatisfiedResolutions: [1],
      returnVisits: [{ rating: 'satisfied', visitorId: people.gridLeader.personId }],
    });
  });
});

describe('When a case is reopened', () => {
  it('goes back to its assignee at the level it was resolved, unverified', () => {
    const state = foldCase([
      ...verifiedAtGrid,
      reopened('grid', endOfDay('2026-06-11')),
      resolved('grid', people.gridWorker, monday),
    ]);
    expect(state).toMatchObject({ status: 'resolved', verified: false, reopenCount: 1 });
    const reopenedOnly = foldCase([...verifiedAtGrid, reopened('grid', endOfDay('2026-06-11'))]);
    expect(reopenedOnly).toMatchObject({
      status: 'in_progress',
      assignment: { assigneeId: people.gridWorker.personId },
      deadline: { level: 'grid', due: endOfDay('2026-06-11') },
    });
  });

  it('awaits dispatch again if nobody held it when it was resolved', () => {
    const state = foldCase([
      ...loggedDispute,
      resolved('grid', people.gridLeader, monday),
      reopened('grid', endOfDay('2026-06-11')),
    ]);
    expect(state).toMatchObject({ status: 'awaiting_dispatch', reopenCount: 1 });
  });
});

describe('When departments are summoned', () => {
  it('tracks each department’s role, report deadline and report', () => {
    const state = foldCase([
      ...summonedAtCommunity,
      departmentReported(summonsId, departments.urbanManagement),
    ]);
    expect(state).toMatchObject({
      summonses: [
        {
          summonsId,
          urgent: false,
          departments: [
            { departmentId: departments.police, role: 'lead', reported: false },
            { departmentId: departments.urbanManagement, role: 'assisting', reported: true },
          ],
        },
      ],
    });
  });
});
