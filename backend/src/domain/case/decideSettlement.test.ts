import type { CaseEvent, Level, ResolutionOutcome } from '@gridline/events';
import { describe, it } from 'vitest';
import { mediate, resolve, verify } from './specification/commands.ts';
import { given } from './specification/given.ts';
import { caseId, resolvedWithoutMetadata, resolved, verified } from './specification/history.ts';
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
import { monday } from './specification/time.ts';

const resolution = (level: Level, outcome: ResolutionOutcome = 'mediated'): CaseEvent[] => [
  {
    type: 'CaseResolved',
    data: { caseId, level, outcome, summary: '双方达成协议，维修费用各担一半。' },
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
    given(inProgressAtGrid).when(resolve(people.gridWorker)).then(resolution('grid'));
  });

  it('lets the grid leader resolve it, as staff at the level', () => {
    given(assignedAtGrid).when(resolve(people.gridLeader)).then(resolution('grid'));
  });

  it('lets the grid leader resolve it before anyone was dispatched', () => {
    given(loggedDispute)
      .when(resolve(people.gridLeader, 'explained'))
      .then(resolution('grid', 'explained'));
  });

  it('refuses the assignee resolving it before accepting it', () => {
    given(assignedAtGrid)
      .when(resolve(people.gridWorker))
      .thenThrows('illegal_state', /must be accepted by p-zhang-wei before they resolve it/);
  });

  it('records the community as the resolution level when community staff resolve it there', () => {
    given(inProgressAtCommunity).when(resolve(people.communityStaff)).then(resolution('community'));
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
      .then(resolution('department', 'fixed'));
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
      .then(resolution('grid', 'fixed'));
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

  it('lets someone who neither handled nor dispatched it verify the resolution (核查)', () => {
    given(resolvedAtGrid)
      .when(verify(people.communityStaff))
      .then([{ type: 'ResolutionVerified', data: { caseId, method: 'site_visit' } }]);
  });

  it('lets another grid worker of the grid verify it', () => {
    given(resolvedAtGrid)
      .when(verify(people.secondGridWorker))
      .then([{ type: 'ResolutionVerified', data: { caseId, method: 'site_visit' } }]);
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

  it('refuses staff who resolved it without being its assignee', () => {
    given([...loggedDispute, resolved('grid', people.gridLeader, monday)])
      .when(verify(people.gridLeader))
      .thenThrows('forbidden', /p-li-na resolved case/);
  });

  it('refuses anyone who handled the case at an earlier level', () => {
    given([...inProgressAtCommunity, resolved('community', people.secondCommunityStaff, monday)])
      .when(verify(people.gridWorker))
      .thenThrows('forbidden', /p-zhang-wei handled case/);
  });

  it('still refuses handlers and dispatchers when the resolver is unknown', () => {
    given([...inProgressAtGrid, resolvedWithoutMetadata('grid')])
      .when(verify(people.gridWorker))
      .thenThrows('forbidden', /handled case/);
  });

  it('refuses a second verification', () => {
    given([...resolvedAtGrid, verified()])
      .when(verify(people.secondGridWorker))
      .thenThrows('illegal_state', /already verified/);
  });

  it('refuses a summoned department’s liaison verifying it', () => {
    given([...summonedAtCommunity, resolved('community', people.secondCommunityStaff, monday)])
      .when(verify(people.policeLiaison))
      .thenThrows('forbidden', /may not verify the resolution/);
  });
});

describe('When the case is not resolved yet', () => {
  it('refuses verification', () => {
    given(inProgressAtGrid)
      .when(verify(people.communityStaff))
      .thenThrows('illegal_state', /is in_progress: only a resolution can be verified/);
  });
});
