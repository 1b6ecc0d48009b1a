import type { CaseEscalated, CaseEvent } from '@gridline/events';
import { describe, it } from 'vitest';
import { escalate, returnCase } from './specification/commands.ts';
import { given } from './specification/given.ts';
import {
  caseId,
  deadlineMissed,
  extended,
  mediated,
  reopened,
  resolved,
  riskReassessed,
  visited,
} from './specification/history.ts';
import { departments, people } from './specification/people.ts';
import {
  assignedAtDepartment,
  awaitingAtCommunity,
  inProgressAtCommunity,
  inProgressAtGrid,
  inProgressAtStreet,
  loggedDispute,
  resolvedAtGrid,
  verifiedAtGrid,
} from './specification/stories.ts';
import { dueFromMonday, endOfDay, monday } from './specification/time.ts';

const escalation = (
  fromLevel: CaseEscalated['fromLevel'],
  toLevel: CaseEscalated['toLevel'],
  deadline: string,
  extra: { departmentId?: string } = {},
): CaseEvent[] => [
  {
    type: 'CaseEscalated',
    data: { caseId, fromLevel, toLevel, reason: 'beyond_authority', deadline, ...extra },
  },
];

describe('When the case is worked at the grid level', () => {
  it('lets the grid leader escalate it to the community, with the community’s deadline', () => {
    given(inProgressAtGrid)
      .when(escalate(people.gridLeader, 'community'))
      .then(escalation('grid', 'community', dueFromMonday.community));
  });

  it('lets the grid leader escalate it before anyone was dispatched', () => {
    given(loggedDispute)
      .when(escalate(people.gridLeader, 'community'))
      .then(escalation('grid', 'community', dueFromMonday.community));
  });

  it('refuses the grid worker escalating it', () => {
    given(inProgressAtGrid)
      .when(escalate(people.gridWorker, 'community'))
      .thenThrows('forbidden', /may not escalate .* only the grid's leader may/);
  });

  it('refuses community staff escalating a case that has not reached them', () => {
    given(inProgressAtGrid)
      .when(escalate(people.communityStaff, 'street'))
      .thenThrows('forbidden', /at the grid level only the grid's leader may/);
  });

  it('refuses skipping the community on the way to the street', () => {
    given(inProgressAtGrid)
      .when(escalate(people.gridLeader, 'street'))
      .thenThrows(
        'invalid',
        /skips no level: .* goes to the community level, not the street level/,
      );
  });

  it('refuses a reason outside the catalogue', () => {
    const command = escalate(people.gridLeader, 'community');
    const noisy = { ...command, payload: { ...command.payload, reason: 'too_hard' } };
    given(inProgressAtGrid)
      .when(noisy as typeof command)
      .thenThrows('invalid', /reason/);
  });

  it('refuses naming a department when the next level is not a department', () => {
    given(inProgressAtGrid)
      .when(escalate(people.gridLeader, 'community', { departmentId: departments.police }))
      .thenThrows('invalid', /only named when escalating to the department level/);
  });

  it('refuses sending it back down, since the grid is the bottom', () => {
    given(inProgressAtGrid)
      .when(returnCase(people.gridLeader, 'grid'))
      .thenThrows('invalid', /at the grid level: there is no level below it/);
  });
});

describe('When the case is worked at the community level', () => {
  it('lets community staff escalate it to the street, counting working days past 端午节', () => {
    given(inProgressAtCommunity)
      .when(escalate(people.communityStaff, 'street'))
      .then(escalation('community', 'street', dueFromMonday.street));
  });

  it('refuses skipping the street on the way to a department', () => {
    given(inProgressAtCommunity)
      .when(escalate(people.communityStaff, 'department', { departmentId: departments.police }))
      .thenThrows('invalid', /goes to the street level, not the department level/);
  });

  it('lets community staff return it to the grid with a reason, guidance and a grid deadline', () => {
    given(inProgressAtCommunity)
      .when(returnCase(people.communityStaff, 'grid'))
      .then([
        {
          type: 'CaseReturned',
          data: {
            caseId,
            fromLevel: 'community',
            toLevel: 'grid',
            reason: '属网格可处理事项。',
            guidance: '请联系物业协助维修后再调解。',
            deadline: dueFromMonday.grid,
          },
        },
      ]);
  });

  it('refuses the grid leader sending it back down to themselves', () => {
    given(awaitingAtCommunity)
      .when(returnCase(people.gridLeader, 'grid'))
      .thenThrows('forbidden', /may not return .* only the community's staff may/);
  });

  it('refuses a return without guidance', () => {
    const command = returnCase(people.communityStaff, 'grid');
    const { guidance: _guidance, ...withoutGuidance } = command.payload;
    given(inProgressAtCommunity)
      .when({ ...command, payload: withoutGuidance } as typeof command)
      .thenThrows('invalid', /guidance/);
  });

  it('refuses a return with a blank reason', () => {
    given(inProgressAtCommunity)
      .when(returnCase(people.communityStaff, 'grid', { reason: ' ' }))
      .thenThrows('invalid', /reason must not be blank/);
  });
});

describe('When the case is worked at the street level', () => {
  it('lets the street supervisor escalate it to a named department', () => {
    given(inProgressAtStreet)
      .when(escalate(people.streetSupervisor, 'department', { departmentId: departments.police }))
      .then(
        escalation('street', 'department', dueFromMonday.department, {
          departmentId: departments.police,
        }),
      );
  });

  it('refuses escalating to the department level without naming the department', () => {
    given(inProgressAtStreet)
      .when(escalate(people.streetSupervisor, 'department'))
      .thenThrows('invalid', /needs a departmentId/);
  });

  it('refuses a department the organisation does not know', () => {
    given(inProgressAtStreet)
      .when(
        escalate(people.streetSupervisor, 'department', { departmentId: 'dept-x', existing: [] }),
      )
      .thenThrows('invalid', /Department dept-x does not exist/);
  });

  it('refuses returning it two levels down to the grid', () => {
    given(inProgressAtStreet)
      .when(returnCase(people.streetSupervisor, 'grid'))
      .thenThrows('invalid', /returns to the community level, not the grid level/);
  });
});

describe('When the case is at the department level', () => {
  it('refuses escalating it further, since there is no level above', () => {
    given(assignedAtDepartment)
      .when(escalate(people.streetSupervisor, 'department', { departmentId: departments.police }))
      .thenThrows('invalid', /no level above it/);
  });

  it('lets the street supervisor take it back to the street', () => {
    given(assignedAtDepartment)
      .when(returnCase(people.streetSupervisor, 'street'))
      .then([
        {
          type: 'CaseReturned',
          data: {
            caseId,
            fromLevel: 'department',
            toLevel: 'street',
            reason: '属网格可处理事项。',
            guidance: '请联系物业协助维修后再调解。',
            deadline: dueFromMonday.street,
          },
        },
      ]);
  });

  it('refuses the department’s liaison returning it, since liaisons only report and note', () => {
    given(assignedAtDepartment)
      .when(returnCase(people.policeLiaison, 'street'))
      .thenThrows('forbidden', /may not return/);
  });
});

describe('When the case is resolved', () => {
  it('refuses escalating it', () => {
    given(resolvedAtGrid)
      .when(escalate(people.gridLeader, 'community'))
      .thenThrows('illegal_state', /is resolved: it cannot be escalated/);
  });

  it('refuses returning it', () => {
    given([...inProgressAtCommunity, resolved('community', people.secondCommunityStaff, monday)])
      .when(returnCase(people.communityStaff, 'grid'))
      .thenThrows('illegal_state', /is resolved: it cannot be returned/);
  });
});

describe('When an escalation gives its reason', () => {
  const because = (
    reason: CaseEscalated['reason'],
    fromLevel: CaseEscalated['fromLevel'] = 'grid',
    toLevel: CaseEscalated['toLevel'] = 'community',
    deadline: string = dueFromMonday.community,
  ): CaseEvent[] => [
    { type: 'CaseEscalated', data: { caseId, fromLevel, toLevel, reason, deadline } },
  ];

  it('accepts "mediation failed" after a failed mediation at this level', () => {
    given([...inProgressAtGrid, mediated('grid', 'failed')])
      .when(escalate(people.gridLeader, 'community', { reason: 'mediation_failed' }))
      .then(because('mediation_failed'));
  });

  it('refuses "mediation failed" when the mediation here reached agreement', () => {
    given([...inProgressAtGrid, mediated('grid', 'agreement')])
      .when(escalate(people.gridLeader, 'community', { reason: 'mediation_failed' }))
      .thenThrows('illegal_state', /as "mediation failed": no mediation failed at the grid level/);
  });

  it('refuses "mediation failed" at the community for a failure that happened at the grid', () => {
    given([
      ...inProgressAtCommunity.slice(0, 3),
      mediated('grid', 'failed'),
      ...inProgressAtCommunity.slice(3),
    ])
      .when(escalate(people.communityStaff, 'street', { reason: 'mediation_failed' }))
      .thenThrows('illegal_state', /no mediation failed at the community level/);
  });

  it('accepts "overdue" once the deadline here was recorded as missed', () => {
    given([...inProgressAtGrid, deadlineMissed('grid', dueFromMonday.grid)])
      .when(escalate(people.gridLeader, 'community', { reason: 'overdue' }))
      .then(because('overdue'));
  });

  it('refuses "overdue" once the missed deadline was extended and the new one still runs', () => {
    given([
      ...inProgressAtGrid,
      deadlineMissed('grid', dueFromMonday.grid),
      extended('grid', dueFromMonday.grid, endOfDay('2026-06-08')),
    ])
      .when(escalate(people.gridLeader, 'community', { reason: 'overdue' }))
      .thenThrows('illegal_state', /its deadline in force at the grid level was not missed/);
  });

  it('refuses "overdue" with no missed deadline', () => {
    given(inProgressAtGrid)
      .when(escalate(people.gridLeader, 'community', { reason: 'overdue' }))
      .thenThrows(
        'illegal_state',
        /as "overdue": its deadline in force at the grid level was not missed/,
      );
  });

  it('accepts "resident unsatisfied" after an unsatisfied visit on the resolution it reopened', () => {
    given([
      ...verifiedAtGrid,
      visited('unsatisfied', people.secondGridWorker),
      reopened('grid', dueFromMonday.grid),
    ])
      .when(escalate(people.gridLeader, 'community', { reason: 'resident_unsatisfied' }))
      .then(because('resident_unsatisfied'));
  });

  it('refuses "resident unsatisfied" when no resident said so', () => {
    given(inProgressAtGrid)
      .when(escalate(people.gridLeader, 'community', { reason: 'resident_unsatisfied' }))
      .thenThrows('illegal_state', /no return visit on its latest resolution was unsatisfied/);
  });

  it('refuses "high risk" for a medium-risk case until its risk is reassessed', () => {
    given(inProgressAtGrid)
      .when(escalate(people.gridLeader, 'community', { reason: 'high_risk' }))
      .thenThrows('illegal_state', /as "high risk": it is assessed as medium risk/);
  });

  it('accepts "high risk" after a reassessment, the new risk halving the community’s days', () => {
    given([...inProgressAtGrid, riskReassessed('grid', 'medium', 'high')])
      .when(escalate(people.gridLeader, 'community', { reason: 'high_risk' }))
      .then(because('high_risk', 'grid', 'community', endOfDay('2026-06-05')));
  });
});

describe('When the deadline process escalates an overdue case', () => {
  const overdueAt = (level: 'grid' | 'community' | 'street', due: string) =>
    deadlineMissed(level, due);

  it('escalates a grid case for "overdue" after its miss was recorded', () => {
    given([...inProgressAtGrid, overdueAt('grid', dueFromMonday.grid)])
      .when(escalate(people.deadlineProcess, 'community', { reason: 'overdue' }))
      .then([
        {
          type: 'CaseEscalated',
          data: {
            caseId,
            fromLevel: 'grid',
            toLevel: 'community',
            reason: 'overdue',
            deadline: dueFromMonday.community,
          },
        },
      ]);
  });

  it('escalates a community case up to the street', () => {
    given([...inProgressAtCommunity, overdueAt('community', dueFromMonday.community)])
      .when(escalate(people.deadlineProcess, 'street', { reason: 'overdue' }))
      .then([
        {
          type: 'CaseEscalated',
          data: {
            caseId,
            fromLevel: 'community',
            toLevel: 'street',
            reason: 'overdue',
            deadline: dueFromMonday.street,
          },
        },
      ]);
  });

  it('stops at the street: a missed street deadline is shown, and people decide', () => {
    given([...inProgressAtStreet, overdueAt('street', dueFromMonday.street)])
      .when(
        escalate(people.deadlineProcess, 'department', {
          reason: 'overdue',
          departmentId: departments.police,
        }),
      )
      .thenThrows('forbidden', /escalates up to the street only/);
  });

  it('refuses the system escalating a case whose deadline was not missed', () => {
    given(inProgressAtGrid)
      .when(escalate(people.deadlineProcess, 'community', { reason: 'overdue' }))
      .thenThrows('illegal_state', /was not missed/);
  });
});
