import type { CaseEvent, Level } from '@gridline/events';
import { describe, it } from 'vitest';
import { accept, assign } from './specification/commands.ts';
import { given } from './specification/given.ts';
import { caseId, disputeLogged, resolved } from './specification/history.ts';
import { assignmentOf, departments, elsewhere, people } from './specification/people.ts';
import {
  assignedAtDepartment,
  assignedAtGrid,
  awaitingAtCommunity,
  awaitingAtDepartment,
  inProgressAtGrid,
  loggedDispute,
} from './specification/stories.ts';
import { dueFromMonday, endOfDay, monday, wednesday } from './specification/time.ts';

const dispatched = (
  level: Level,
  assigneeId: string,
  dispatcherId: string,
  deadline: string,
): CaseEvent[] => [
  { type: 'CaseAssigned', data: { caseId, level, assigneeId, dispatcherId, deadline } },
];

describe('When a logged case awaits dispatch at the grid level', () => {
  it('lets the grid leader dispatch it to a grid worker, due in three working days', () => {
    given(loggedDispute)
      .when(assign(people.gridLeader, people.gridWorker))
      .then(dispatched('grid', 'p-zhang-wei', 'p-li-na', dueFromMonday.grid));
  });

  it('keeps the clock that started at intake: dispatching late never restarts it', () => {
    const intake = endOfDay('2026-06-03');
    given([disputeLogged({ riskLevel: 'high', deadline: intake })])
      .when(assign(people.gridLeader, people.gridWorker, { now: wednesday }))
      .then(dispatched('grid', 'p-zhang-wei', 'p-li-na', intake));
  });

  it('starts the clock at dispatch only for a case opened before clocks started at intake', () => {
    given([disputeLogged({ riskLevel: 'critical', deadline: null })])
      .when(assign(people.gridLeader, people.gridWorker))
      .then(dispatched('grid', 'p-zhang-wei', 'p-li-na', '2026-06-02T01:00:00.000Z'));
  });

  it('keeps the instructions given with the dispatch', () => {
    const command = assign(people.gridLeader, people.gridWorker);
    const withInstructions = {
      ...command,
      payload: { ...command.payload, instructions: '今日上门。' },
    };
    given(loggedDispute)
      .when(withInstructions)
      .then([
        {
          type: 'CaseAssigned',
          data: {
            caseId,
            level: 'grid',
            assigneeId: 'p-zhang-wei',
            dispatcherId: 'p-li-na',
            deadline: dueFromMonday.grid,
            instructions: '今日上门。',
          },
        },
      ]);
  });

  it('refuses a grid worker dispatching', () => {
    given(loggedDispute)
      .when(assign(people.gridWorker, people.secondGridWorker))
      .thenThrows('forbidden', /may not dispatch .* only the grid's leader may/);
  });

  it('refuses community staff dispatching a case still at the grid level', () => {
    given(loggedDispute)
      .when(assign(people.communityStaff, people.gridWorker))
      .thenThrows('forbidden', /at the grid level only the grid's leader may/);
  });

  it('refuses an assignee from another grid', () => {
    given(loggedDispute)
      .when(assign(people.gridLeader, people.neighbouringGridWorker))
      .thenThrows('invalid', /must be a grid worker or leader of grid grid-ruiling-03/);
  });

  it('refuses community staff as the assignee at the grid level', () => {
    given(loggedDispute)
      .when(assign(people.gridLeader, people.communityStaff))
      .thenThrows('invalid', /cannot take case .* at the grid level/);
  });

  it('refuses an assignee who holds no role at all', () => {
    given(loggedDispute)
      .when(assign(people.gridLeader, people.gridWorker, { assignments: [] }))
      .thenThrows('invalid', /p-zhang-wei cannot take case/);
  });

  it('accepts an assignee who holds that grid among several roles', () => {
    const elsewhereToo = {
      ...assignmentOf(people.gridWorker),
      scope: { kind: 'grid' as const, id: elsewhere.gridId },
    };
    given(loggedDispute)
      .when(
        assign(people.gridLeader, people.gridWorker, {
          assignments: [elsewhereToo, assignmentOf(people.gridWorker)],
        }),
      )
      .then(dispatched('grid', 'p-zhang-wei', 'p-li-na', dueFromMonday.grid));
  });
});

describe('When the case is already assigned', () => {
  it('lets the grid leader hand it to another worker without restarting the clock', () => {
    given(assignedAtGrid)
      .when(assign(people.gridLeader, people.secondGridWorker, { now: wednesday }))
      .then(dispatched('grid', 'p-zhao-lei', 'p-li-na', dueFromMonday.grid));
  });

  it('refuses dispatching it to its current assignee again', () => {
    given(inProgressAtGrid)
      .when(assign(people.gridLeader, people.gridWorker))
      .thenThrows('illegal_state', /already assigned to p-zhang-wei/);
  });
});

describe('When the case was escalated to the community', () => {
  it('lets community staff dispatch it within the community, keeping the escalation’s deadline', () => {
    given(awaitingAtCommunity)
      .when(assign(people.communityStaff, people.secondCommunityStaff, { now: wednesday }))
      .then(dispatched('community', 'p-liu-yan', 'p-wang-fang', dueFromMonday.community));
  });

  it('refuses the grid leader dispatching it', () => {
    given(awaitingAtCommunity)
      .when(assign(people.gridLeader, people.gridWorker))
      .thenThrows('forbidden', /at the community level only the community's staff may/);
  });

  it('refuses handing it back to a grid worker, who is not of the community level', () => {
    given(awaitingAtCommunity)
      .when(assign(people.communityStaff, people.gridWorker))
      .thenThrows('invalid', /must be community staff of community community-ruiling/);
  });
});

describe('When the case was escalated to a department', () => {
  it('lets the street supervisor dispatch it to a liaison of that department', () => {
    given(awaitingAtDepartment)
      .when(assign(people.streetSupervisor, people.policeLiaison))
      .then(dispatched('department', 'p-ma-li', 'p-chen-gang', dueFromMonday.department));
  });

  it('refuses a liaison of another department as the assignee', () => {
    given(awaitingAtDepartment)
      .when(assign(people.streetSupervisor, people.housingLiaison))
      .thenThrows('invalid', new RegExp(`a liaison of department ${departments.police}`));
  });
});

describe('When the case is resolved', () => {
  it('refuses dispatching it', () => {
    given([...inProgressAtGrid, resolved('grid', people.gridWorker, monday)])
      .when(assign(people.gridLeader, people.secondGridWorker))
      .thenThrows('illegal_state', /is resolved: it cannot be dispatched/);
  });
});

describe('When the case is assigned to someone', () => {
  it('lets the assignee accept it', () => {
    given(assignedAtGrid)
      .when(accept(people.gridWorker))
      .then([{ type: 'CaseAccepted', data: { caseId, level: 'grid' } }]);
  });

  it('refuses anyone else accepting it, even the dispatcher', () => {
    given(assignedAtGrid)
      .when(accept(people.gridLeader))
      .thenThrows('forbidden', /only its assignee p-zhang-wei may/);
  });

  it('refuses accepting it twice', () => {
    given(inProgressAtGrid)
      .when(accept(people.gridWorker))
      .thenThrows('illegal_state', /already accepted/);
  });

  it('lets a department liaison accept a case assigned to them', () => {
    given(assignedAtDepartment)
      .when(accept(people.policeLiaison))
      .then([{ type: 'CaseAccepted', data: { caseId, level: 'department' } }]);
  });
});

describe('When nobody has been assigned yet', () => {
  it('refuses acceptance', () => {
    given(loggedDispute)
      .when(accept(people.gridWorker))
      .thenThrows('illegal_state', /not assigned to anyone yet/);
  });

  it('refuses acceptance by the grid’s former assignee once the case has climbed', () => {
    given(awaitingAtCommunity)
      .when(accept(people.gridWorker))
      .thenThrows('illegal_state', /not assigned to anyone yet/);
  });
});
