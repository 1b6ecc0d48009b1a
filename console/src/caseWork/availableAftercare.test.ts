import { describe, expect, it } from 'vitest';
import {
  communityStaff,
  gridLeader,
  gridWorker,
  policeLiaison,
  streetSupervisor,
  streetSupervisor2,
} from '../testing/accounts.ts';
import { caseStanding, rowStanding } from '../testing/standings.ts';
import { availableActions } from './availableActions.ts';

// After a resolution: four eyes verify it, the resident is asked, and it is reopened or
// archived (docs/case-rules.md). A Thursday, so "seven working days" spans a weekend.
const resolvedAt = '2026-11-26T02:00:00.000Z';
const now = new Date('2026-11-27T02:00:00.000Z');

const resolvedAtStreet = (overrides: Parameters<typeof caseStanding>[0] = {}) =>
  caseStanding({
    level: 'street',
    status: 'resolved',
    deadline: null,
    dispatcherIds: [streetSupervisor.personId],
    handlerIds: [streetSupervisor.personId],
    resolution: {
      number: 1,
      level: 'street',
      outcome: 'fixed',
      resolverId: streetSupervisor.personId,
      resolvedAt,
    },
    verified: false,
    returnVisits: [],
    ...overrides,
  });

describe('When the street supervisor resolved a case', () => {
  it('offers the one who resolved it no check and no visit: a second pair of eyes is needed', () => {
    const actions = availableActions(streetSupervisor, resolvedAtStreet(), now);
    expect(actions).not.toContain('verify');
    expect(actions).not.toContain('returnVisit');
    expect(actions).toEqual(['reopen', 'note']);
  });
  it('offers a second supervisor to verify it and record the return visit', () => {
    expect(availableActions(streetSupervisor2, resolvedAtStreet(), now)).toEqual([
      'verify',
      'returnVisit',
      'reopen',
      'note',
    ]);
  });
  it('offers nobody who mediated or dispatched it the check', () => {
    const mediated = resolvedAtStreet({ mediatorIds: [streetSupervisor2.personId] });
    expect(availableActions(streetSupervisor2, mediated, now)).not.toContain('verify');
  });
  it('offers a grid worker of the place the check and the visit, not reopening', () => {
    expect(availableActions(gridWorker, resolvedAtStreet(), now)).toEqual([
      'verify',
      'returnVisit',
      'note',
    ]);
  });
  it('offers a liaison neither: they are not field staff', () => {
    const summoned = resolvedAtStreet({ departmentId: policeLiaison.scope.id });
    expect(availableActions(policeLiaison, summoned, now)).toEqual(['note']);
  });
  it('on a board row, offers only reopening: who worked it is on the case page', () => {
    expect(
      availableActions(streetSupervisor2, rowStanding(resolvedAtStreet().record), now),
    ).toEqual(['reopen', 'note']);
  });
});

describe('When its resolution is verified', () => {
  const verified = { verified: true };
  it('offers to close once the resident was satisfied', () => {
    const visited = resolvedAtStreet({
      ...verified,
      returnVisits: [{ rating: 'satisfied', visitorId: 'x', recordedAt: resolvedAt }],
    });
    expect(availableActions(streetSupervisor, visited, now)).toContain('close');
    expect(availableActions(streetSupervisor2, visited, now)).not.toContain('verify');
  });
  it('without a visit, waits seven working days before offering to close', () => {
    const unvisited = resolvedAtStreet(verified);
    expect(availableActions(streetSupervisor, unvisited, now)).not.toContain('close');
    const tenDaysOn = new Date('2026-12-08T03:00:00.000Z');
    expect(availableActions(streetSupervisor, unvisited, tenDaysOn)).toContain('close');
  });
  it('after an unsatisfied visit, offers the close (an overrule) to the street only', () => {
    const atGrid = caseStanding({
      level: 'grid',
      status: 'resolved',
      deadline: null,
      resolution: {
        number: 2,
        level: 'grid',
        outcome: 'fixed',
        resolverId: gridWorker.personId,
        resolvedAt,
      },
      verified: true,
      unsatisfiedResolutions: [2],
      returnVisits: [{ rating: 'unsatisfied', visitorId: 'x', recordedAt: resolvedAt }],
    });
    // A later visit is recorded beside the unsatisfied one, never over it.
    expect(availableActions(gridLeader, atGrid, now)).toEqual(['returnVisit', 'reopen', 'note']);
    expect(availableActions(communityStaff, atGrid, now)).toEqual([
      'returnVisit',
      'reopen',
      'note',
    ]);
    expect(availableActions(streetSupervisor, atGrid, now)).toEqual([
      'returnVisit',
      'reopen',
      'close',
      'note',
    ]);
  });
});

describe('When a case is closed', () => {
  it('offers only a note', () => {
    const closed = caseStanding({ status: 'closed', deadline: null });
    expect(availableActions(gridLeader, closed, now)).toEqual(['note']);
    expect(availableActions(streetSupervisor, closed, now)).toEqual(['note']);
  });
});
