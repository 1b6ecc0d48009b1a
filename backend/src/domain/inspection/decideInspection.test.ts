import { describe, it } from 'vitest';
import type { Actor, OrganisationEvent } from '@gridline/events';
import {
  actor,
  admin,
  assigned,
  ids,
  otherGrid,
  places,
} from '../organisation/organisationExamples.ts';
import { district, given, leader, record, recorded, worker } from './inspectionExamples.ts';

describe('Recording an inspection', () => {
  it('Given the grid and its worker › When the worker records a patrol › then it is recorded with the grid’s place', () =>
    given(district)
      .when(record())
      .then([{ type: 'InspectionRecorded', data: recorded }]));

  it('When the grid leader records a patrol for the worker › then it is recorded', () =>
    given(district)
      .when(record({}, leader))
      .then([{ type: 'InspectionRecorded', data: recorded }]));

  it('When an admin records a patrol for the worker › then it is recorded', () =>
    given(district)
      .when(record({}, admin))
      .then([{ type: 'InspectionRecorded', data: recorded }]));

  it('Given the inspection is recorded › When it is recorded again › then it is refused as illegal state', () =>
    given({ ...district, inspection: { status: 'recorded', inspection: recorded } })
      .when(record())
      .thenRefuses('illegal_state', /already recorded/));
});

describe('Who may record an inspection', () => {
  it.each<[string, Actor]>([
    ['community staff', actor('community_staff', { kind: 'community', id: ids.community })],
    ['a street supervisor', actor('street_supervisor', { kind: 'street', id: ids.street })],
    ['an auditor', actor('auditor')],
    ['a worker of another grid', { ...worker, scope: { kind: 'grid', id: otherGrid } }],
    ['a leader of another grid', { ...leader, scope: { kind: 'grid', id: otherGrid } }],
  ])('When %s records a patrol of the grid › then it is refused as forbidden', (_who, by) =>
    given(district).when(record({}, by)).thenRefuses('forbidden'),
  );

  it('When a worker records a patrol in a colleague’s name › then it is refused as forbidden', () =>
    given(district)
      .when(record({ inspectorId: ids.gridLeader }))
      .thenRefuses('forbidden', /only their own/));

  it.each<[string, readonly OrganisationEvent[]]>([
    ['was never assigned to the grid', places],
    [
      'held another grid',
      [...places, assigned(ids.gridWorker, 'grid_worker', { kind: 'grid', id: otherGrid })],
    ],
    [
      'only supervised its street',
      [
        ...places,
        assigned(ids.gridWorker, 'street_supervisor', {
          kind: 'street',
          id: ids.street,
        }),
      ],
    ],
  ])(
    'Given the inspector %s › When the patrol is recorded › then it is refused as invalid',
    (_how, organisation) =>
      given({ organisation })
        .when(record({}, admin))
        .thenRefuses('invalid', /did not work grid/),
  );
});
