import type { CaseEvent, Level } from '@gridline/events';
import { describe, it } from 'vitest';
import { report, resolve, summon, withdrawSummons } from './specification/commands.ts';
import { given } from './specification/given.ts';
import {
  caseId,
  departmentReported,
  escalated,
  resolved,
  summonsWithdrawn,
} from './specification/history.ts';
import { departments, people } from './specification/people.ts';
import {
  inProgressAtCommunity,
  inProgressAtGrid,
  inProgressAtStreet,
  resolvedAtGrid,
  summonedAtCommunity,
  summonsId,
} from './specification/stories.ts';
import { dueFromMonday, endOfDay, monday, shanghai } from './specification/time.ts';

const newSummonsId = 'S-20260601-0002';
const summons = (
  reportBy: string,
  urgent = false,
  assisting: string[] = [departments.urbanManagement],
  level: Level = 'community',
): CaseEvent[] => [
  {
    type: 'DepartmentSummoned',
    data: {
      caseId,
      summonsId: newSummonsId,
      lead: { departmentId: departments.police, reportBy },
      assisting: assisting.map((departmentId) => ({ departmentId, reportBy })),
      urgent,
      request: '请到场处置。',
      level,
    },
  },
];
const reported = (departmentId: string): CaseEvent[] => [
  {
    type: 'DepartmentReported',
    data: { caseId, summonsId, departmentId, response: '民警已到场。' },
  },
];

describe('When community staff blow the whistle (吹哨)', () => {
  it('summons a lead and an assisting department, each to report within a working day', () => {
    given(inProgressAtCommunity)
      .when(summon(people.communityStaff))
      .then(summons(endOfDay('2026-06-02')));
  });

  it('gives an urgent summons 30 minutes on the clock', () => {
    given(inProgressAtCommunity)
      .when(summon(people.communityStaff, { urgent: true }))
      .then(summons('2026-06-01T01:30:00.000Z', true));
  });

  it('counts a summons on the eve of 端午节 to the next working day', () => {
    given(inProgressAtCommunity)
      .when(summon(people.communityStaff, { now: shanghai('2026-06-18T16:00') }))
      .then(summons(endOfDay('2026-06-22')));
  });

  it('allows a lead department alone', () => {
    given(inProgressAtCommunity)
      .when(summon(people.communityStaff, { assisting: [] }))
      .then(summons(endOfDay('2026-06-02'), false, []));
  });

  it('refuses a department the organisation does not know', () => {
    given(inProgressAtCommunity)
      .when(summon(people.communityStaff, { existing: [departments.police] }))
      .thenThrows('invalid', /No such department: dept-urban-mgmt/);
  });

  it('gives a department a sooner report deadline when asked, the policy’s to the rest', () => {
    const chosen = '2026-06-01T09:00:00.000Z';
    given(inProgressAtCommunity)
      .when(summon(people.communityStaff, { reportBy: { [departments.urbanManagement]: chosen } }))
      .then([
        {
          type: 'DepartmentSummoned',
          data: {
            caseId,
            summonsId: newSummonsId,
            lead: { departmentId: departments.police, reportBy: endOfDay('2026-06-02') },
            assisting: [{ departmentId: departments.urbanManagement, reportBy: chosen }],
            urgent: false,
            request: '请到场处置。',
            level: 'community',
          },
        },
      ]);
  });

  it('refuses a report deadline that has already passed', () => {
    given(inProgressAtCommunity)
      .when(
        summon(people.communityStaff, {
          reportBy: { [departments.police]: endOfDay('2026-05-29') },
        }),
      )
      .thenThrows('invalid', /reportBy\.dept-police-heping: .* must lie after now/);
  });

  it('refuses a report deadline later than the policy allows, so the response figure holds', () => {
    given(inProgressAtCommunity)
      .when(
        summon(people.communityStaff, {
          urgent: true,
          reportBy: { [departments.police]: endOfDay('2026-12-28') },
        }),
      )
      .thenThrows(
        'invalid',
        /no later than 2026-06-01T01:30:00.000Z, the urgent summons' report deadline/,
      );
  });

  it('refuses a report deadline for a department the summons does not name', () => {
    given(inProgressAtCommunity)
      .when(
        summon(people.communityStaff, {
          reportBy: { [departments.housing]: endOfDay('2026-06-03') },
        }),
      )
      .thenThrows('invalid', /reportBy names departments this summons does not: dept-housing/);
  });

  it('refuses summoning a department again while its summons is open', () => {
    given(summonedAtCommunity)
      .when(summon(people.communityStaff, { lead: departments.housing }))
      .thenThrows('illegal_state', /dept-urban-mgmt already has an open summons S-20260601-0001/);
  });

  it('summons a department again once it has reported', () => {
    given([
      ...summonedAtCommunity,
      departmentReported(summonsId, departments.police),
      summonsWithdrawn(summonsId, [departments.urbanManagement]),
    ])
      .when(summon(people.communityStaff))
      .then(summons(endOfDay('2026-06-02')));
  });

  it('refuses naming the lead department again as an assisting one', () => {
    given(inProgressAtCommunity)
      .when(summon(people.communityStaff, { assisting: [departments.police] }))
      .thenThrows('invalid', /named more than once/);
  });
});

describe('When the level holding the case blows the whistle', () => {
  it('lets the grid leader summon at the grid level (网格吹哨)', () => {
    given(inProgressAtGrid)
      .when(summon(people.gridLeader, { urgent: true }))
      .then(summons('2026-06-01T01:30:00.000Z', true, undefined, 'grid'));
  });

  it('lets the street supervisor summon for a case at the street', () => {
    given(inProgressAtStreet)
      .when(summon(people.streetSupervisor))
      .then(summons(endOfDay('2026-06-02'), false, undefined, 'street'));
  });

  it('refuses community staff summoning on a case the grid still holds', () => {
    given(inProgressAtGrid)
      .when(summon(people.communityStaff))
      .thenThrows('forbidden', /may not summon departments to .* only the grid's leader may/);
  });

  it('refuses the street supervisor summoning on a case the community holds', () => {
    given(inProgressAtCommunity)
      .when(summon(people.streetSupervisor))
      .thenThrows('forbidden', /at the community level only the community's staff may/);
  });

  it('refuses a liaison summoning other departments', () => {
    given(summonedAtCommunity)
      .when(summon(people.policeLiaison))
      .thenThrows('forbidden', /may not summon departments/);
  });

  it('refuses a summons on a resolved case', () => {
    given(resolvedAtGrid)
      .when(summon(people.gridLeader))
      .thenThrows('illegal_state', /is resolved: it cannot summon departments/);
  });
});

describe('When departments have been summoned', () => {
  it('lets the lead department’s liaison report in (部门报到)', () => {
    given(summonedAtCommunity)
      .when(report(people.policeLiaison, departments.police))
      .then(reported(departments.police));
  });

  it('lets an assisting department’s liaison report in', () => {
    given(summonedAtCommunity)
      .when(report(people.urbanLiaison, departments.urbanManagement))
      .then(reported(departments.urbanManagement));
  });

  it('refuses a second report from the same department', () => {
    given([...summonedAtCommunity, departmentReported(summonsId, departments.police)])
      .when(report(people.policeLiaison, departments.police))
      .thenThrows('illegal_state', /has already reported on summons/);
  });

  it('refuses a liaison reporting for another department', () => {
    given(summonedAtCommunity)
      .when(report(people.policeLiaison, departments.urbanManagement))
      .thenThrows('forbidden', /may not report for department dept-urban-mgmt: only its liaison/);
  });

  it('refuses the liaison of a department that was not summoned', () => {
    given(summonedAtCommunity)
      .when(report(people.housingLiaison, departments.housing))
      .thenThrows('forbidden', /has no access/);
  });

  it('refuses a report on a summons the case does not have', () => {
    given(summonedAtCommunity)
      .when(report(people.policeLiaison, departments.police, 'S-UNKNOWN'))
      .thenThrows('invalid', /has no summons S-UNKNOWN/);
  });

  it('refuses community staff reporting for a department', () => {
    given(summonedAtCommunity)
      .when(report(people.communityStaff, departments.police))
      .thenThrows('forbidden', /only its liaison may/);
  });

  it('still records a late report after the case is resolved, for the response figures', () => {
    given([...summonedAtCommunity, resolved('community', people.secondCommunityStaff, monday)])
      .when(report(people.policeLiaison, departments.police))
      .then(reported(departments.police));
  });
});

describe('When a summons is withdrawn (撤回)', () => {
  const withdrawal = (departmentIds: string[]): CaseEvent[] => [
    {
      type: 'SummonsWithdrawn',
      data: { caseId, summonsId, departmentIds, reason: '城管已无需到场。' },
    },
  ];

  it('lets the summoning level call off every department that has not reported', () => {
    given(summonedAtCommunity)
      .when(withdrawSummons(people.communityStaff, summonsId))
      .then(withdrawal([departments.police, departments.urbanManagement]));
  });

  it('leaves a department that already reported out of the withdrawal', () => {
    given([...summonedAtCommunity, departmentReported(summonsId, departments.police)])
      .when(withdrawSummons(people.secondCommunityStaff, summonsId))
      .then(withdrawal([departments.urbanManagement]));
  });

  it('lets the community withdraw its summons after the case climbed to the street', () => {
    given([...summonedAtCommunity, escalated('community', 'street', dueFromMonday.street)])
      .when(withdrawSummons(people.communityStaff, summonsId))
      .then(withdrawal([departments.police, departments.urbanManagement]));
  });

  it('lets the level now holding the case withdraw a summons made below it', () => {
    given([...summonedAtCommunity, escalated('community', 'street', dueFromMonday.street)])
      .when(withdrawSummons(people.streetSupervisor, summonsId))
      .then(withdrawal([departments.police, departments.urbanManagement]));
  });

  it('refuses a level that neither summoned nor holds the case', () => {
    given(summonedAtCommunity)
      .when(withdrawSummons(people.streetSupervisor, summonsId))
      .thenThrows('forbidden', /may not withdraw summons .* only the community's staff may/);
  });

  it('refuses a withdrawal with nothing left to withdraw', () => {
    given([
      ...summonedAtCommunity,
      departmentReported(summonsId, departments.police),
      departmentReported(summonsId, departments.urbanManagement),
    ])
      .when(withdrawSummons(people.communityStaff, summonsId))
      .thenThrows('illegal_state', /has nothing to withdraw/);
  });

  it('refuses a summons the case does not have', () => {
    given(summonedAtCommunity)
      .when(withdrawSummons(people.communityStaff, 'S-UNKNOWN'))
      .thenThrows('invalid', /has no summons S-UNKNOWN/);
  });

  it('refuses a report from a department whose summons was withdrawn', () => {
    given([...summonedAtCommunity, summonsWithdrawn(summonsId, [departments.police])])
      .when(report(people.policeLiaison, departments.police))
      .thenThrows('illegal_state', /was withdrawn before department dept-police-heping reported/);
  });
});

describe('When summoned departments still owe their report', () => {
  it('refuses resolving the case, naming who has not reported', () => {
    given([...summonedAtCommunity, departmentReported(summonsId, departments.police)])
      .when(resolve(people.secondCommunityStaff))
      .thenThrows(
        'illegal_state',
        /cannot be resolved while summoned departments have not reported: dept-urban-mgmt \(S-20260601-0001\)/,
      );
  });

  it('lets it be resolved once the others reported or were called off', () => {
    given([
      ...summonedAtCommunity,
      departmentReported(summonsId, departments.police),
      summonsWithdrawn(summonsId, [departments.urbanManagement]),
    ])
      .when(resolve(people.secondCommunityStaff))
      .then([
        {
          type: 'CaseResolved',
          data: {
            caseId,
            level: 'community',
            outcome: 'mediated',
            summary: '双方达成协议，维修费用各担一半。',
            resolverId: people.secondCommunityStaff.personId,
            resolutionNumber: 1,
            deadlineInForce: dueFromMonday.community,
            originalDeadline: dueFromMonday.community,
          },
        },
      ]);
  });
});
