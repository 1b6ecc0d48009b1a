import type { CaseEvent, Level } from '@gridline/events';
import { describe, it } from 'vitest';
import { extend, recordDeadlineMissed } from './specification/commands.ts';
import { given } from './specification/given.ts';
import { caseId, deadlineMissed, disputeLogged, extended } from './specification/history.ts';
import { people } from './specification/people.ts';
import {
  awaitingAtCommunity,
  inProgressAtCommunity,
  inProgressAtGrid,
  inProgressAtStreet,
  loggedDispute,
  resolvedAtGrid,
} from './specification/stories.ts';
import { dueFromMonday, endOfDay, shanghai } from './specification/time.ts';

const extension = (level: Level, previousDeadline: string, newDeadline: string): CaseEvent[] => [
  {
    type: 'DeadlineExtended',
    data: { caseId, level, previousDeadline, newDeadline, reason: '需等待物业出具漏水鉴定。' },
  },
];
const missed = (level: Level, deadline: string): CaseEvent[] => [
  { type: 'CaseDeadlineMissed', data: { caseId, level, deadline } },
];
const friday = shanghai('2026-06-05T09:00');

describe('When a grid-level deadline is in force', () => {
  it('lets community staff extend it, recording the deadline it replaces', () => {
    given(inProgressAtGrid)
      .when(extend(people.communityStaff, '2026-06-08T18:00:00+08:00'))
      .then(extension('grid', dueFromMonday.grid, '2026-06-08T10:00:00.000Z'));
  });

  it('lets the street supervisor grant the first grid extension too, overseeing both levels below', () => {
    given(inProgressAtGrid)
      .when(extend(people.streetSupervisor, endOfDay('2026-06-08')))
      .then(extension('grid', dueFromMonday.grid, endOfDay('2026-06-08')));
  });

  it('refuses the grid leader extending their own level’s deadline', () => {
    given(inProgressAtGrid)
      .when(extend(people.gridLeader, endOfDay('2026-06-08')))
      .thenThrows('forbidden', /at the grid level only the community's staff may/);
  });

  it('refuses a new deadline that is not later than the one in force', () => {
    given(inProgressAtGrid)
      .when(extend(people.communityStaff, endOfDay('2026-06-04')))
      .thenThrows('invalid', /must be later than the one in force/);
  });

  it('refuses a new deadline that has already passed', () => {
    given(inProgressAtGrid)
      .when(extend(people.communityStaff, endOfDay('2026-06-08'), shanghai('2026-06-10T09:00')))
      .thenThrows('invalid', /already past/);
  });

  it('refuses extending by more than the grid’s own three working days', () => {
    given(inProgressAtGrid)
      .when(extend(people.communityStaff, endOfDay('2026-06-10')))
      .thenThrows(
        'invalid',
        /more than the grid level's period of 3 working days: the latest allowed is 2026-06-09/,
      );
  });

  it('refuses a deadline in 2099', () => {
    given(inProgressAtGrid)
      .when(extend(people.communityStaff, '2099-12-31T23:59:59+08:00'))
      .thenThrows('invalid', /extends by more than the grid level's period/);
  });

  it('allows an extension of exactly the level’s period', () => {
    given(inProgressAtGrid)
      .when(extend(people.communityStaff, endOfDay('2026-06-09')))
      .then(extension('grid', dueFromMonday.grid, endOfDay('2026-06-09')));
  });

  it('lets the deadline process record it missed once it has passed', () => {
    given(inProgressAtGrid)
      .when(recordDeadlineMissed('grid', dueFromMonday.grid, friday, people.deadlineProcess))
      .then(missed('grid', dueFromMonday.grid));
  });

  it('counts the last millisecond of the deadline day as still on time', () => {
    const atTheDeadline = new Date(dueFromMonday.grid);
    given(inProgressAtGrid)
      .when(recordDeadlineMissed('grid', dueFromMonday.grid, atTheDeadline, people.deadlineProcess))
      .thenThrows('illegal_state', /is not overdue/);
  });

  it('refuses recording a miss before the deadline has passed', () => {
    given(inProgressAtGrid)
      .when(
        recordDeadlineMissed(
          'grid',
          dueFromMonday.grid,
          shanghai('2026-06-04T18:00'),
          people.deadlineProcess,
        ),
      )
      .thenThrows('illegal_state', /not overdue: its deadline .* has not passed/);
  });
});

describe('When the grid deadline was extended once already', () => {
  const extendedOnce = [
    ...inProgressAtGrid,
    extended('grid', dueFromMonday.grid, endOfDay('2026-06-08')),
  ];

  it('refuses community staff extending it a second time', () => {
    given(extendedOnce)
      .when(extend(people.secondCommunityStaff, endOfDay('2026-06-09')))
      .thenThrows(
        'forbidden',
        /extended at the grid level already, and a further extension is for the street's supervisor/,
      );
  });

  it('lets the street supervisor grant a further one, measured from the extended deadline', () => {
    given(extendedOnce)
      .when(extend(people.streetSupervisor, endOfDay('2026-06-09')))
      .then(extension('grid', endOfDay('2026-06-08'), endOfDay('2026-06-09')));
  });

  it('refuses a third extension at the same level, whoever asks', () => {
    given([...extendedOnce, extended('grid', endOfDay('2026-06-08'), endOfDay('2026-06-09'))])
      .when(extend(people.admin, endOfDay('2026-06-10')))
      .thenThrows('illegal_state', /extended 2 times at the grid level, the most there is/);
  });

  it('still holds the further one to the level’s period', () => {
    given(extendedOnce)
      .when(extend(people.streetSupervisor, endOfDay('2026-06-12')))
      .thenThrows('invalid', /latest allowed is 2026-06-11/);
  });
});

describe('When a missed deadline was already recorded', () => {
  const overdue = [...inProgressAtGrid, deadlineMissed('grid', dueFromMonday.grid)];

  it('refuses recording the same level and deadline again', () => {
    given(overdue)
      .when(recordDeadlineMissed('grid', dueFromMonday.grid, friday, people.deadlineProcess))
      .thenThrows('illegal_state', /already has its grid deadline .* recorded as missed/);
  });

  it('records the extended deadline when that one passes too', () => {
    given([...overdue, extended('grid', dueFromMonday.grid, endOfDay('2026-06-08'))])
      .when(
        recordDeadlineMissed(
          'grid',
          endOfDay('2026-06-08'),
          shanghai('2026-06-09T09:00'),
          people.deadlineProcess,
        ),
      )
      .then(missed('grid', endOfDay('2026-06-08')));
  });

  it('records the next level’s deadline once the case has climbed', () => {
    given([...overdue, ...awaitingAtCommunity.slice(inProgressAtGrid.length)])
      .when(
        recordDeadlineMissed(
          'community',
          dueFromMonday.community,
          shanghai('2026-06-11T09:00'),
          people.deadlineProcess,
        ),
      )
      .then(missed('community', dueFromMonday.community));
  });
});

describe('When the deadline has moved since the process looked', () => {
  it('refuses the stale deadline', () => {
    given([...inProgressAtGrid, extended('grid', dueFromMonday.grid, endOfDay('2026-06-08'))])
      .when(recordDeadlineMissed('grid', dueFromMonday.grid, friday, people.deadlineProcess))
      .thenThrows('illegal_state', /is not the one in force/);
  });
});

describe('When nobody has been dispatched yet', () => {
  it('goes overdue like any other case: the clock started at intake', () => {
    given(loggedDispute)
      .when(recordDeadlineMissed('grid', dueFromMonday.grid, friday, people.deadlineProcess))
      .then(missed('grid', dueFromMonday.grid));
  });

  it('lets the level above extend its deadline', () => {
    given(loggedDispute)
      .when(extend(people.communityStaff, endOfDay('2026-06-08')))
      .then(extension('grid', dueFromMonday.grid, endOfDay('2026-06-08')));
  });
});

describe('When a case was opened before the clock started at intake', () => {
  const legacy = [disputeLogged({ deadline: null })];

  it('refuses extending a deadline that was never set', () => {
    given(legacy)
      .when(extend(people.communityStaff, endOfDay('2026-06-08')))
      .thenThrows('illegal_state', /no deadline in force to extend/);
  });

  it('refuses recording a miss', () => {
    given(legacy)
      .when(recordDeadlineMissed('grid', dueFromMonday.grid, friday, people.deadlineProcess))
      .thenThrows('illegal_state', /in force .*\(none\)/);
  });
});

describe('When higher levels hold the deadline', () => {
  it('lets the street supervisor extend a community deadline', () => {
    given(inProgressAtCommunity)
      .when(extend(people.streetSupervisor, endOfDay('2026-06-12')))
      .then(extension('community', dueFromMonday.community, endOfDay('2026-06-12')));
  });

  it('refuses community staff extending their own community deadline', () => {
    given(inProgressAtCommunity)
      .when(extend(people.communityStaff, endOfDay('2026-06-12')))
      .thenThrows('forbidden', /only the street's supervisor may/);
  });

  it('lets a district admin extend a street deadline', () => {
    given(inProgressAtStreet)
      .when(extend(people.admin, endOfDay('2026-06-30')))
      .then(extension('street', dueFromMonday.street, endOfDay('2026-06-30')));
  });

  it('leaves a further street extension to a district admin too', () => {
    given([...inProgressAtStreet, extended('street', dueFromMonday.street, endOfDay('2026-06-30'))])
      .when(extend(people.admin, endOfDay('2026-07-03')))
      .then(extension('street', endOfDay('2026-06-30'), endOfDay('2026-07-03')));
  });

  it('refuses the street supervisor extending the street’s own deadline', () => {
    given(inProgressAtStreet)
      .when(extend(people.streetSupervisor, endOfDay('2026-06-30')))
      .thenThrows('forbidden', /only a district admin may/);
  });
});

describe('When the case is resolved', () => {
  it('refuses extending its deadline', () => {
    given(resolvedAtGrid)
      .when(extend(people.communityStaff, endOfDay('2026-06-08')))
      .thenThrows('illegal_state', /is resolved: it cannot have its deadline extended/);
  });

  it('refuses recording a missed deadline, even one that passed unrecorded', () => {
    given(resolvedAtGrid)
      .when(recordDeadlineMissed('grid', dueFromMonday.grid, friday, people.deadlineProcess))
      .thenThrows('illegal_state', /is resolved: it cannot miss a deadline/);
  });
});
