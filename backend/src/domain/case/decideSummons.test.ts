import type { CaseEvent } from '@gridline/events';
import { describe, it } from 'vitest';
import { report, summon } from './specification/commands.ts';
import { given } from './specification/given.ts';
import { caseId, departmentReported, resolved } from './specification/history.ts';
import { departments, people } from './specification/people.ts';
import {
  inProgressAtCommunity,
  inProgressAtGrid,
  inProgressAtStreet,
  resolvedAtGrid,
  summonedAtCommunity,
  summonsId,
} from './specification/stories.ts';
import { endOfDay, monday, shanghai } from './specification/time.ts';

const newSummonsId = 'S-20260601-0002';
const summons = (
  reportBy: string,
  urgent = false,
  assisting: string[] = [departments.urbanManagement],
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

  it('refuses naming the lead department again as an assisting one', () => {
    given(inProgressAtCommunity)
      .when(summon(people.communityStaff, { assisting: [departments.police] }))
      .thenThrows('invalid', /named more than once/);
  });
});

describe('When others try to summon departments', () => {
  it('lets the street supervisor summon for a case in their street', () => {
    given(inProgressAtStreet)
      .when(summon(people.streetSupervisor))
      .then(summons(endOfDay('2026-06-02')));
  });

  it('refuses the grid leader, since summoning is for community or street staff', () => {
    given(inProgressAtGrid)
      .when(summon(people.gridLeader))
      .thenThrows('forbidden', /only the community's staff or the street's supervisor may/);
  });

  it('refuses a liaison summoning other departments', () => {
    given(summonedAtCommunity)
      .when(summon(people.policeLiaison))
      .thenThrows('forbidden', /may not summon departments/);
  });

  it('refuses a summons on a resolved case', () => {
    given(resolvedAtGrid)
      .when(summon(people.communityStaff))
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
