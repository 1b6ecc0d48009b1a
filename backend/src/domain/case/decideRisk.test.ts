import type { CaseEvent, RiskLevel } from '@gridline/events';
import { describe, it } from 'vitest';
import { escalate, reassessRisk } from './specification/commands.ts';
import { given } from './specification/given.ts';
import { caseId, riskReassessed } from './specification/history.ts';
import { people } from './specification/people.ts';
import {
  inProgressAtCommunity,
  inProgressAtGrid,
  loggedDispute,
  resolvedAtGrid,
} from './specification/stories.ts';

const reassessed = (level: 'grid' | 'community', riskLevel: RiskLevel): CaseEvent[] => [
  {
    type: 'CaseRiskReassessed',
    data: {
      caseId,
      level,
      previousRiskLevel: 'medium',
      riskLevel,
      reason: '双方多次发生口角，有激化风险。',
    },
  },
];

describe('When staff at the case’s level reassess its risk (风险研判)', () => {
  it('lets the grid leader raise the risk of a case still awaiting dispatch', () => {
    given(loggedDispute)
      .when(reassessRisk(people.gridLeader, 'high'))
      .then(reassessed('grid', 'high'));
  });

  it('lets community staff reassess a case the community holds', () => {
    given(inProgressAtCommunity)
      .when(reassessRisk(people.communityStaff, 'critical'))
      .then(reassessed('community', 'critical'));
  });

  it('keeps the deadline in force and sets the next level’s by the new risk', () => {
    given([...inProgressAtGrid, riskReassessed('grid', 'medium', 'critical')])
      .when(escalate(people.gridLeader, 'community'))
      .then([
        {
          type: 'CaseEscalated',
          data: {
            caseId,
            fromLevel: 'grid',
            toLevel: 'community',
            reason: 'beyond_authority',
            // Critical: 24 hours on the clock from Monday 09:00.
            deadline: '2026-06-02T01:00:00.000Z',
          },
        },
      ]);
  });

  it('refuses the grid worker, who is not staff of the level', () => {
    given(inProgressAtGrid)
      .when(reassessRisk(people.gridWorker, 'high'))
      .thenThrows('forbidden', /may not reassess the risk of .* only the grid's leader may/);
  });

  it('refuses a level the case has left', () => {
    given(inProgressAtCommunity)
      .when(reassessRisk(people.gridLeader, 'high'))
      .thenThrows('forbidden', /at the community level only the community's staff may/);
  });

  it('refuses a reassessment that changes nothing', () => {
    given(inProgressAtGrid)
      .when(reassessRisk(people.gridLeader, 'medium'))
      .thenThrows('invalid', /already assessed as medium risk/);
  });

  it('refuses a reassessment without a reason', () => {
    const command = reassessRisk(people.gridLeader, 'high');
    given(inProgressAtGrid)
      .when({ ...command, payload: { ...command.payload, reason: '' } })
      .thenThrows('invalid', /reason must not be blank/);
  });

  it('refuses reassessing a resolved case', () => {
    given(resolvedAtGrid)
      .when(reassessRisk(people.gridLeader, 'high'))
      .thenThrows('illegal_state', /is resolved: it cannot have its risk reassessed/);
  });

  it('takes the previous risk from the latest reassessment', () => {
    given([...inProgressAtGrid, riskReassessed('grid', 'medium', 'high')])
      .when(reassessRisk(people.gridLeader, 'critical'))
      .then([
        {
          type: 'CaseRiskReassessed',
          data: {
            caseId,
            level: 'grid',
            previousRiskLevel: 'high',
            riskLevel: 'critical',
            reason: '双方多次发生口角，有激化风险。',
          },
        },
      ]);
  });
});
