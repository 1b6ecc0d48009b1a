import type { Actor, CaseEvent, Level, ResolutionOutcome } from '@gridline/events';
import { describe, it } from 'vitest';
import { mediate, resolve, verify } from './specification/commands.ts';
import { given } from './specification/given.ts';
import {
  caseId,
  mediated,
  resolved,
  resolvedWithoutMetadata,
  verificationFailed,
  verified,
} from './specification/history.ts';
import { people } from './specification/people.ts';
import {
  assignedAtDepartment,
  assignedAtGrid,
  inProgressAtCommunity,
  inProgressAtGrid,
  loggedDispute,
  reportedIssue,
  resolvedAtGrid,
  summonedAtCommunity,
} from './specification/stories.ts';
import { dueFromMonday, endOfDay, monday, wednesday } from './specification/time.ts';

/** The resolution the rules record: who, which one, against which deadline. */
const resolution = (
  level: Level,
  resolver: Actor,
  outcome: ResolutionOutcome = 'mediated',
  due: string = dueFromMonday[level],
): CaseEvent[] => [
  {
    type: 'CaseResolved',
    data: {
      caseId,
      level,
      outcome,
      summary: '双方达成协议，维修费用各担一半。',
      resolverId: resolver.personId,
      resolutionNumber: 1,
      deadlineInForce: due,
      originalDeadline: due,
    },
  },
];
const mediation = (level: Level): CaseEvent[] => [
  {
    type: 'MediationRecorded',
    data: { caseId, level, outcome: 'agreement', summary: '双方同意各担一半维修费。' },
  },
];

describe('When a dispute is being worked', () => {
  it('lets the assignee record a mediation at the current level', () => {
    given(inProgressAtGrid).when(mediate(people.gridWorker)).then(mediation('grid'));
  });

  it('lets community staff record a mediation as mediators at the community level', () => {
    given(inProgressAtCommunity).when(mediate(people.communityStaff)).then(mediation('community'));
  });

  it('keeps the mediator’s name and the agreement terms', () => {
    const command = mediate(people.gridWorker, {
      mediatorName: '李娜',
      agreementTerms: '各担一半。',
    });
    given(inProgressAtGrid)
      .when(command)
      .then([{ type: 'MediationRecorded', data: { caseId, level: 'grid', ...command.payload } }]);
  });

  it('refuses a grid worker who is not the assignee', () => {
    given(inProgressAtGrid)
      .when(mediate(people.secondGridWorker))
      .thenThrows(
        'forbidden',
        /may not record a mediation on .* only its assignee or the grid's leader/,
      );
  });

  it('refuses agreement terms on a failed mediation', () => {
    given(inProgressAtGrid)
      .when(mediate(people.gridWorker, { outcome: 'failed', agreementTerms: '无' }))
      .thenThrows('invalid', /failed mediation has no agreement terms/);
  });

  it('refuses an outcome outside agreement, partial and failed', () => {
    const command = mediate(people.gridWorker);
    given(inProgressAtGrid)
      .when({
        ...command,
        payload: { ...command.payload, outcome: 'postponed' },
      } as unknown as typeof command)
      .thenThrows('invalid', /outcome/);
  });

  it('lets the assignee resolve it at the grid level, recording that level', () => {
    given(inProgressAtGrid)
      .when(resolve(people.gridWorker))
      .then(resolution('grid', people.gridWorker));
  });

  it('lets the grid leader resolve it, as staff at the level', () => {
    given(assignedAtGrid)
      .when(resolve(people.gridLeader))
      .then(resolution('grid', people.gridLeader));
  });

  it('lets the grid leader resolve it before anyone was dispatched', () => {
    given(loggedDispute)
      .when(resolve(people.gridLeader, 'explained'))
      .then(resolution('grid', people.gridLeader, 'explained'));
  });

  it('refuses the assignee resolving it before accepting it', () => {
    given(assignedAtGrid)
      .when(resolve(people.gridWorker))
      .thenThrows('illegal_state', /must be accepted by p-zhang-wei before they resolve it/);
  });

  it('records the community as the resolution level when community staff resolve it there', () => {
    given(inProgressAtCommunity)
      .when(resolve(people.communityStaff))
      .then(resolution('community', people.communityStaff));
  });

  it('refuses the grid leader resolving a case that has climbed to the community', () => {
    given(inProgressAtCommunity)
      .when(resolve(people.gridLeader))
      .thenThrows('forbidden', /may not resolve .* only its assignee or the community's staff/);
  });

  it('lets a department liaison resolve the case assigned to them once accepted', () => {
    given([
      ...assignedAtDepartment,
      { type: 'CaseAccepted', data: { caseId, level: 'department' } },
    ])
      .when(resolve(people.policeLiaison, 'fixed'))
      .then(resolution('department', people.policeLiaison, 'fixed'));
  });
});

describe('When an issue is being worked', () => {
  it('refuses mediation, since only a dispute can be mediated', () => {
    given(reportedIssue)
      .when(mediate(people.gridLeader))
      .thenThrows('illegal_state', /Only a dispute can be mediated: case .* is an issue/);
  });

  it('refuses resolving it as mediated', () => {
    given(reportedIssue)
      .when(resolve(people.gridLeader, 'mediated'))
      .thenThrows('invalid', /only a dispute can be resolved as mediated/);
  });

  it('lets it be resolved as fixed', () => {
    given(reportedIssue)
      .when(resolve(people.gridLeader, 'fixed'))
      .then(resolution('grid', people.gridLeader, 'fixed', endOfDay('2026-06-03')));
  });
});

describe('When the case is resolved', () => {
  it('refuses resolving it again', () => {
    given(resolvedAtGrid)
      .when(resolve(people.gridLeader))
      .thenThrows('illegal_state', /is resolved: it cannot be resolved/);
  });

  it('refuses mediation', () => {
    given(resolvedAtGrid)
      .when(mediate(people.gridLeader))
      .thenThrows('illegal_state', /is resolved: it cannot be mediated/);
  });

  it('lets someone who neither handled nor dispatched it confirm the resolution (核查)', () => {
    given(resolvedAtGrid)
      .when(verify(people.communityStaff))
      .then(confirmedBy(people.communityStaff));
  });

  it('lets another grid worker of the grid verify it', () => {
    given(resolvedAtGrid)
      .when(verify(people.secondGridWorker))
      .then(confirmedBy(people.secondGridWorker));
  });

  it('records a failed check with the resolution level’s new deadline, from now', () => {
    given(resolvedAtGrid)
      .when(verify(people.communityStaff, 'failed', wednesday))
      .then([
        {
          type: 'ResolutionVerified',
          data: {
            caseId,
            outcome: 'failed',
            method: 'site_visit',
            verifierId: people.communityStaff.personId,
            resolutionNumber: 1,
            // Three working days from Wednesday afternoon.
            deadline: endOfDay('2026-06-08'),
          },
        },
      ]);
  });

  it('refuses the assignee who resolved it verifying it', () => {
    given(resolvedAtGrid)
      .when(verify(people.gridWorker))
      .thenThrows('forbidden', /p-zhang-wei resolved case .* needs a second pair of eyes/);
  });

  it('refuses the dispatcher verifying it', () => {
    given(resolvedAtGrid)
      .when(verify(people.gridLeader))
      .thenThrows('forbidden', /p-li-na dispatched case/);
  });

  it('refuses the person who recorded a mediation on the way to the resolution', () => {
    given([
      ...inProgressAtCommunity,
      mediated('community', 'agreement', people.thirdCommunityStaff),
      resolved('community', people.secondCommunityStaff, monday),
    ])
      .when(verify(people.thirdCommunityStaff))
      .thenThrows('forbidden', /p-xu-min mediated case/);
  });

  it('refuses staff who resolved it without being its assignee', () => {
    given([...loggedDispute, resolved('grid', people.gridLeader, monday)])
      .when(verify(people.gridLeader))
      .thenThrows('forbidden', /p-li-na resolved case/);
  });

  it('refuses anyone who was assigned the case at an earlier level on the way', () => {
    given([...inProgressAtCommunity, resolved('community', people.secondCommunityStaff, monday)])
      .when(verify(people.gridWorker))
      .thenThrows('forbidden', /p-zhang-wei was assigned case/);
  });

  it('still refuses handlers and dispatchers when the resolution time is unknown', () => {
    given([...inProgressAtGrid, resolvedWithoutMetadata('grid', people.gridWorker)])
      .when(verify(people.gridLeader))
      .thenThrows('forbidden', /dispatched case/);
  });

  it('refuses a second verification', () => {
    given([...resolvedAtGrid, verified(people.communityStaff)])
      .when(verify(people.secondGridWorker))
      .thenThrows('illegal_state', /already verified/);
  });

  it('refuses a summoned department’s liaison verifying it', () => {
    given([...summonedAtCommunity, resolved('community', people.secondCommunityStaff, monday)])
      .when(verify(people.policeLiaison))
      .thenThrows('forbidden', /may not verify the resolution/);
  });

  it('refuses a verification without an outcome', () => {
    const command = verify(people.communityStaff);
    const { outcome: _outcome, ...payload } = command.payload;
    given(resolvedAtGrid)
      .when({ ...command, payload } as unknown as typeof command)
      .thenThrows('invalid', /outcome/);
  });
});

describe('When a resolution failed its check', () => {
  const failed = [
    ...resolvedAtGrid,
    verificationFailed(people.communityStaff, endOfDay('2026-06-08')),
  ];

  it('is worked again by its assignee, who may resolve it anew under the next number', () => {
    given(failed)
      .when(resolve(people.gridWorker))
      .then([
        {
          type: 'CaseResolved',
          data: {
            caseId,
            level: 'grid',
            outcome: 'mediated',
            summary: '双方达成协议，维修费用各担一半。',
            resolverId: people.gridWorker.personId,
            resolutionNumber: 2,
            deadlineInForce: endOfDay('2026-06-08'),
            originalDeadline: endOfDay('2026-06-08'),
          },
        },
      ]);
  });

  it('lets the person who failed the first check verify the second resolution', () => {
    given([...failed, resolved('grid', people.gridWorker, wednesday, 'mediated', 2)])
      .when(verify(people.communityStaff))
      .then([
        {
          type: 'ResolutionVerified',
          data: {
            caseId,
            outcome: 'confirmed',
            method: 'site_visit',
            verifierId: people.communityStaff.personId,
            resolutionNumber: 2,
          },
        },
      ]);
  });

  it('still keeps the assignee and dispatcher of the new round from verifying it', () => {
    given([...failed, resolved('grid', people.gridWorker, wednesday, 'mediated', 2)])
      .when(verify(people.gridLeader))
      .thenThrows('forbidden', /p-li-na dispatched case .* resolution 2/);
  });
});

describe('When the case is not resolved yet', () => {
  it('refuses verification', () => {
    given(inProgressAtGrid)
      .when(verify(people.communityStaff))
      .thenThrows('illegal_state', /is in_progress: only a resolution can be verified/);
  });
});

const confirmedBy = (verifier: Actor): CaseEvent[] => [
  {
    type: 'ResolutionVerified',
    data: {
      caseId,
      outcome: 'confirmed',
      method: 'site_visit',
      verifierId: verifier.personId,
      resolutionNumber: 1,
    },
  },
];
