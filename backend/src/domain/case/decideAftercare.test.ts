import type { CaseClosed, CaseEvent, CaseReopened, Level } from '@gridline/events';
import { describe, it } from 'vitest';
import { close, recordReturnVisit, reopen } from './specification/commands.ts';
import { given, testContext } from './specification/given.ts';
import {
  caseId,
  reopened,
  resolved,
  resolvedWithoutMetadata,
  verified,
  visited,
} from './specification/history.ts';
import { people } from './specification/people.ts';
import {
  inProgressAtCommunity,
  inProgressAtGrid,
  resolvedAtGrid,
  summonedAtCommunity,
  verifiedAtGrid,
} from './specification/stories.ts';
import { endOfDay, monday, shanghai, wednesday } from './specification/time.ts';

// The case was resolved at the grid level on Wednesday 3 June at 15:00.
const nextMonday = shanghai('2026-06-08T09:00');
const closing = (
  basis: CaseClosed['basis'],
  extra: { note?: string; reason?: string } = {},
): CaseEvent[] => [{ type: 'CaseClosed', data: { caseId, basis, ...extra } }];
const reopening = (
  level: Level,
  trigger: CaseReopened['trigger'],
  deadline: string,
): CaseEvent[] => [
  {
    type: 'CaseReopened',
    data: { caseId, level, trigger, reason: '回访不满意：维修后仍有渗水。', deadline },
  },
];

describe('When the case is resolved', () => {
  it('lets a grid worker record a return visit (回访)', () => {
    given(resolvedAtGrid)
      .when(recordReturnVisit(people.secondGridWorker, 'basically_satisfied'))
      .then([
        {
          type: 'ReturnVisitRecorded',
          data: {
            caseId,
            rating: 'basically_satisfied',
            method: 'phone',
            resolutionNumber: 1,
            visitorId: people.secondGridWorker.personId,
          },
        },
      ]);
  });

  it('refuses the resolver making the return visit on their own resolution', () => {
    given(resolvedAtGrid)
      .when(recordReturnVisit(people.gridWorker))
      .thenThrows(
        'forbidden',
        /p-zhang-wei resolved case .* the return visit must be made by someone else/,
      );
  });

  it('refuses a return visit whose respondent phone is malformed', () => {
    const command = recordReturnVisit(people.secondGridWorker);
    const respondent = { name: '赵敏', phone: '000' };
    given(resolvedAtGrid)
      .when({ ...command, payload: { ...command.payload, respondent } })
      .thenThrows('invalid', /respondent\.phone/);
  });

  it('refuses a liaison recording a return visit', () => {
    given([...summonedAtCommunity, resolved('community', people.secondCommunityStaff, monday)])
      .when(recordReturnVisit(people.policeLiaison))
      .thenThrows('forbidden', /may not record a return visit/);
  });

  it('lets the grid leader reopen it with new information, back at the grid with a new deadline', () => {
    given(resolvedAtGrid)
      .when(reopen(people.gridLeader, 'new_information', nextMonday))
      .then(reopening('grid', 'new_information', endOfDay('2026-06-11')));
  });

  it('refuses a reopen for a failed verification, which is recorded as the check itself', () => {
    const command = reopen(people.gridLeader);
    given(resolvedAtGrid)
      .when({
        ...command,
        payload: { ...command.payload, trigger: 'verification_failed' },
      } as unknown as typeof command)
      .thenThrows('invalid', /trigger/);
  });

  it('refuses reopening for an unsatisfied visit that never happened', () => {
    given(resolvedAtGrid)
      .when(reopen(people.gridLeader, 'return_visit_unsatisfied', nextMonday))
      .thenThrows('invalid', /no unsatisfied return visit/);
  });

  it('refuses a grid worker reopening it', () => {
    given(resolvedAtGrid)
      .when(reopen(people.gridWorker))
      .thenThrows('forbidden', /may not reopen/);
  });

  it('refuses closing it before its resolution is verified', () => {
    given([...resolvedAtGrid, visited('satisfied', people.secondGridWorker)])
      .when(close(people.communityStaff, nextMonday))
      .thenThrows('illegal_state', /cannot close before its resolution is verified/);
  });
});

describe('When the return visit was unsatisfied', () => {
  const unsatisfied = [...verifiedAtGrid, visited('unsatisfied', people.secondGridWorker)];

  it('lets community staff reopen it at the level it was resolved', () => {
    given(unsatisfied)
      .when(reopen(people.communityStaff, 'return_visit_unsatisfied', nextMonday))
      .then(reopening('grid', 'return_visit_unsatisfied', endOfDay('2026-06-11')));
  });

  it('refuses closing it', () => {
    given(unsatisfied)
      .when(close(people.communityStaff, nextMonday))
      .thenThrows('illegal_state', /unsatisfied return visit: reopen it, or a street supervisor/);
  });

  it('refuses closing it even after a later satisfied visit: an answer is never overwritten', () => {
    given([...unsatisfied, visited('satisfied', people.gridLeader)])
      .when(close(people.communityStaff, nextMonday))
      .thenThrows('illegal_state', /unsatisfied return visit/);
  });

  it('lets a street supervisor close it with a recorded reason (诉求不合理)', () => {
    given(unsatisfied)
      .when(close(people.streetSupervisor, nextMonday, '诉求超出政策范围，已解释。'))
      .then(closing('overruled_by_street', { reason: '诉求超出政策范围，已解释。' }));
  });

  it('refuses community staff overruling the resident', () => {
    given(unsatisfied)
      .when(close(people.communityStaff, nextMonday, '诉求不合理。'))
      .thenThrows('forbidden', /overrule an unsatisfied visit .* only the street's supervisor/);
  });

  it('refuses an overrule reason where no visit was unsatisfied', () => {
    given([...verifiedAtGrid, visited('satisfied', people.secondGridWorker)])
      .when(close(people.streetSupervisor, nextMonday, '诉求不合理。'))
      .thenThrows('invalid', /no unsatisfied return visit to overrule/);
  });

  it('lets the case close after it is reopened, resolved again and visited satisfied', () => {
    given([
      ...unsatisfied,
      reopened('grid', endOfDay('2026-06-11')),
      resolved('grid', people.gridWorker, nextMonday, 'mediated', 2),
      verified(people.communityStaff, 2),
      visited('satisfied', people.secondGridWorker, 2),
    ])
      .when(close(people.communityStaff, nextMonday))
      .then(closing('satisfied_return_visit'));
  });
});

describe('When a case is reopened again and again', () => {
  const resolvedAgain = (times: number) => {
    const history = [...resolvedAtGrid];
    for (let number = 2; number <= times; number += 1) {
      history.push(reopened('grid', endOfDay('2026-06-11')));
      history.push(resolved('grid', people.gridWorker, wednesday, 'mediated', number));
    }
    return history;
  };

  it('sends the second reopen back to the grid', () => {
    given(resolvedAgain(2))
      .when(reopen(people.gridLeader, 'new_information', nextMonday))
      .then(reopening('grid', 'new_information', endOfDay('2026-06-11')));
  });

  it('moves the third reopen to the street, with the street’s deadline', () => {
    given(resolvedAgain(3))
      .when(reopen(people.gridLeader, 'new_information', nextMonday))
      .then(reopening('street', 'new_information', endOfDay('2026-06-30')));
  });
});

describe('When the resolution is verified', () => {
  it('lets community staff close it after a satisfied return visit', () => {
    given([...verifiedAtGrid, visited('satisfied', people.secondGridWorker)])
      .when(close(people.communityStaff, nextMonday))
      .then(closing('satisfied_return_visit'));
  });

  it('lets the grid leader close it after a basically satisfied visit, with a note', () => {
    const command = close(people.gridLeader, nextMonday);
    given([...verifiedAtGrid, visited('basically_satisfied', people.secondGridWorker)])
      .when({ ...command, payload: { note: '归档。' } })
      .then(closing('satisfied_return_visit', { note: '归档。' }));
  });

  it('refuses closing it without a visit within seven working days of resolution', () => {
    given(verifiedAtGrid)
      .when(close(people.communityStaff, shanghai('2026-06-12T17:00')))
      .thenThrows('illegal_state', /awaits a return visit until 2026-06-12T15:59:59.999Z/);
  });

  it('lets it close without a visit once seven working days have passed', () => {
    given(verifiedAtGrid)
      .when(close(people.communityStaff, shanghai('2026-06-15T09:00')))
      .then(closing('no_return_visit_in_time'));
  });

  it('follows the deployment’s own waiting period', () => {
    given(verifiedAtGrid, { ...testContext, closeAfterDaysWithoutVisit: 2 })
      .when(close(people.communityStaff, nextMonday))
      .then(closing('no_return_visit_in_time'));
  });

  it('waits seven working days when the deployment sets no period', () => {
    const { closeAfterDaysWithoutVisit: _unset, ...withoutPeriod } = testContext;
    given(verifiedAtGrid, withoutPeriod)
      .when(close(people.communityStaff, shanghai('2026-06-12T17:00')))
      .thenThrows('illegal_state', /after 7 working days/);
  });

  it('refuses closing without a visit when the resolution time is unknown', () => {
    given([
      ...inProgressAtGrid,
      resolvedWithoutMetadata('grid', people.gridWorker),
      verified(people.communityStaff),
    ])
      .when(close(people.communityStaff, shanghai('2026-07-01T09:00')))
      .thenThrows('illegal_state', /resolution time is unknown/);
  });

  it('refuses a grid worker closing it', () => {
    given([...verifiedAtGrid, visited('satisfied', people.gridLeader)])
      .when(close(people.secondGridWorker, nextMonday))
      .thenThrows('forbidden', /may not close/);
  });
});

describe('When the case was resolved at the community level', () => {
  const resolvedAtCommunity = [
    ...inProgressAtCommunity,
    resolved('community', people.secondCommunityStaff, monday),
  ];

  it('refuses the grid leader reopening it, from below the level it was resolved at', () => {
    given(resolvedAtCommunity)
      .when(reopen(people.gridLeader, 'new_information', nextMonday))
      .thenThrows('forbidden', /only the community's staff or staff above may/);
  });

  it('lets the street supervisor reopen it, back at the community level', () => {
    given(resolvedAtCommunity)
      .when(reopen(people.streetSupervisor, 'new_information', nextMonday))
      .then(reopening('community', 'new_information', endOfDay('2026-06-17')));
  });
});

describe('When the case is still being worked', () => {
  it('refuses a return visit', () => {
    given(inProgressAtGrid)
      .when(recordReturnVisit(people.secondGridWorker))
      .thenThrows('illegal_state', /cannot have a return visit until resolved/);
  });

  it('refuses reopening', () => {
    given(inProgressAtGrid)
      .when(reopen(people.gridLeader))
      .thenThrows('illegal_state', /cannot be reopened until resolved/);
  });

  it('refuses closing', () => {
    given(inProgressAtGrid)
      .when(close(people.communityStaff))
      .thenThrows('illegal_state', /cannot be closed until resolved/);
  });
});
