import { describe, it } from 'vitest';
import { logDispute, reportIssue } from './specification/commands.ts';
import { given, nothing } from './specification/given.ts';
import { caseId } from './specification/history.ts';
import { elsewhere, people, place } from './specification/people.ts';
import { loggedDispute } from './specification/stories.ts';
import { dueFromMonday, endOfDay } from './specification/time.ts';

describe('When nothing has happened yet', () => {
  it('lets a grid worker log a dispute, opening it at the grid with the grid’s clock running', () => {
    const command = logDispute(people.gridWorker);
    given(nothing)
      .when(command)
      .then([
        {
          type: 'DisputeLogged',
          data: { caseId, ...command.payload, level: 'grid', deadline: dueFromMonday.grid },
        },
      ]);
  });

  it('lets a grid worker report an issue, a high risk halving the grid’s three days to two', () => {
    const command = reportIssue(people.gridWorker);
    given(nothing)
      .when(command)
      .then([
        {
          type: 'IssueReported',
          data: { caseId, ...command.payload, level: 'grid', deadline: endOfDay('2026-06-03') },
        },
      ]);
  });

  it('opens a matter raised at 书记下午茶 by community staff at the community, deadline running', () => {
    const command = reportIssue(people.communityStaff, {
      place: { ...place, gridId: 'grid-ruiling-07' },
      source: 'meeting',
    });
    given(nothing)
      .when(command)
      .then([
        {
          type: 'IssueReported',
          // High risk: half of the community's seven working days, rounded up.
          data: {
            caseId,
            ...command.payload,
            level: 'community',
            deadline: endOfDay('2026-06-05'),
          },
        },
      ]);
  });

  it('opens a hotline referral taken by a street supervisor at the street', () => {
    const command = logDispute(people.streetSupervisor, { source: 'hotline' });
    given(nothing)
      .when(command)
      .then([
        {
          type: 'DisputeLogged',
          data: { caseId, ...command.payload, level: 'street', deadline: dueFromMonday.street },
        },
      ]);
  });

  it('opens a case a district admin enters at the grid, where field work starts', () => {
    const command = logDispute(people.admin);
    given(nothing)
      .when(command)
      .then([
        {
          type: 'DisputeLogged',
          data: { caseId, ...command.payload, level: 'grid', deadline: dueFromMonday.grid },
        },
      ]);
  });

  it('starts the clock at intake: a dispute logged on Friday night is due on Wednesday', () => {
    const fridayNight = new Date('2026-06-05T22:30:00+08:00');
    const command = logDispute(people.gridWorker, {}, fridayNight);
    given(nothing)
      .when(command)
      .then([
        {
          type: 'DisputeLogged',
          data: { caseId, ...command.payload, level: 'grid', deadline: endOfDay('2026-06-10') },
        },
      ]);
  });

  it('refuses a dispute without a source', () => {
    const command = logDispute(people.gridWorker);
    const { source: _source, ...payload } = command.payload;
    given(nothing)
      .when({ ...command, payload } as unknown as typeof command)
      .thenThrows('invalid', /source/);
  });

  it('refuses a grid worker opening a case in another grid', () => {
    given(nothing)
      .when(logDispute(people.gridWorker, { place: { ...place, gridId: elsewhere.gridId } }))
      .thenThrows('forbidden', /may not open a case in grid grid-ruiling-04/);
  });

  it('refuses community staff opening a case in another community', () => {
    const outside = { ...place, communityId: elsewhere.communityId, gridId: elsewhere.gridId };
    given(nothing)
      .when(reportIssue(people.communityStaff, { place: outside }))
      .thenThrows('forbidden', /outside their scope/);
  });

  it('refuses a department liaison, who only reports and adds notes', () => {
    given(nothing)
      .when(reportIssue(people.policeLiaison))
      .thenThrows('forbidden', /grid workers and the staff above them/);
  });

  it('refuses a phone number that is neither a mobile nor a landline', () => {
    const parties = [{ name: '赵敏', phone: '12345', role: 'applicant' as const }];
    given(nothing)
      .when(logDispute(people.gridWorker, { parties }))
      .thenThrows('invalid', /parties\.0\.phone must be a mobile number/);
  });

  it('refuses a resident ID number whose check character is wrong', () => {
    const parties = [{ name: '赵敏', idNumber: '110105194912310021', role: 'applicant' as const }];
    given(nothing)
      .when(logDispute(people.gridWorker, { parties }))
      .thenThrows('invalid', /idNumber the last character does not match .* \(checksum failed\)/);
  });

  it('refuses a dispute without parties', () => {
    given(nothing)
      .when(logDispute(people.gridWorker, { parties: [] }))
      .thenThrows('invalid', /parties/);
  });

  it('refuses an issue category outside the catalogue', () => {
    const command = reportIssue(people.gridWorker);
    const unknownCategory = { ...command, payload: { ...command.payload, category: 'noise' } };
    given(nothing)
      .when(unknownCategory as typeof command)
      .thenThrows('invalid', /category/);
  });
});

describe('When the case already exists', () => {
  it('refuses logging it again', () => {
    given(loggedDispute)
      .when(logDispute(people.gridWorker))
      .thenThrows('illegal_state', /Case C-20260601-0001 already exists/);
  });

  it('refuses reporting it again as an issue', () => {
    given(loggedDispute)
      .when(reportIssue(people.gridLeader))
      .thenThrows('illegal_state', /already exists/);
  });
});

describe('When a case was found on patrol', () => {
  const foundOnPatrol = (patrolGridId: string | null, actor = people.gridWorker) => ({
    ...logDispute(actor, { source: 'inspection', inspectionId: 'insp-0601' }),
    patrolGridId,
  });

  it('logs the dispute with the patrol that found it', () => {
    const command = foundOnPatrol(place.gridId);
    given(nothing)
      .when(command)
      .then([
        {
          type: 'DisputeLogged',
          data: { caseId, ...command.payload, level: 'grid', deadline: dueFromMonday.grid },
        },
      ]);
  });

  it('refuses a patrol that was never recorded', () => {
    given(nothing)
      .when(foundOnPatrol(null))
      .thenThrows('invalid', /inspectionId: no patrol insp-0601 is recorded/);
  });

  it('refuses a patrol of another grid', () => {
    given(nothing)
      .when(foundOnPatrol(elsewhere.gridId))
      .thenThrows('invalid', /was in grid grid-ruiling-04, not grid-ruiling-03/);
  });

  it('refuses an issue said to be found on patrol that names none', () => {
    given(nothing)
      .when(reportIssue(people.gridWorker, { source: 'inspection' }))
      .thenThrows('invalid', /a case found on patrol names the patrol that found it/);
  });

  it('refuses a patrol named on a case from another source', () => {
    given(nothing)
      .when({
        ...logDispute(people.gridWorker, { inspectionId: 'insp-0601' }),
        patrolGridId: place.gridId,
      })
      .thenThrows('invalid', /only a case found on patrol/);
  });

  it('refuses someone who may not open the case before telling them where the patrol was', () => {
    given(nothing)
      .when(foundOnPatrol(elsewhere.gridId, people.policeLiaison))
      .thenThrows('forbidden', /grid workers and the staff above them/);
  });
});
