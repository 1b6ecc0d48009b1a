import { describe, it } from 'vitest';
import type { OrganisationEvent, Scope, StaffRole } from '@gridline/events';
import { decideOrganisation } from './decideOrganisation.ts';
import { decisionSpec } from './decisionSpec.ts';
import type { OrganisationCommand } from './organisationCommands.ts';
import {
  admin,
  assigned,
  directoryOf,
  district,
  gridScope,
  gridStaff,
  ids,
  otherGrid,
  places,
  unassigned,
} from './organisationExamples.ts';

const { given } = decisionSpec(
  (command: OrganisationCommand, history: readonly OrganisationEvent[]) =>
    decideOrganisation(command, directoryOf(history)),
);

const assign = (role: StaffRole, scope: Scope, personId = 'p-new'): OrganisationCommand => ({
  type: 'AssignStaff',
  data: { personId, displayName: '王芳', role, scope },
  actor: admin,
});
const unassign = (role: StaffRole, scope: Scope, personId: string): OrganisationCommand => ({
  type: 'UnassignStaff',
  data: { personId, role, scope, reason: '调任其他网格。' },
  actor: admin,
});

const scopes = {
  grid: gridScope,
  community: { kind: 'community', id: ids.community },
  street: { kind: 'street', id: ids.street },
  department: { kind: 'department', id: ids.department },
  district,
} as const;

describe('Assigning staff', () => {
  it.each<[StaffRole, keyof typeof scopes]>([
    ['grid_worker', 'grid'],
    ['grid_leader', 'grid'],
    ['community_staff', 'community'],
    ['street_supervisor', 'street'],
    ['department_liaison', 'department'],
    ['auditor', 'district'],
    ['admin', 'district'],
  ])(
    'Given the places › When a %s is assigned to a %s › then the assignment is recorded',
    (role, kind) =>
      given(places)
        .when(assign(role, scopes[kind]))
        .then([assigned('p-new', role, scopes[kind], '王芳')]),
  );

  it.each<[StaffRole, keyof typeof scopes]>([
    ['grid_worker', 'community'],
    ['grid_leader', 'street'],
    ['community_staff', 'grid'],
    ['street_supervisor', 'district'],
    ['department_liaison', 'street'],
    ['auditor', 'street'],
    ['admin', 'department'],
  ])('When a %s is assigned to a %s › then the misfit is refused as invalid', (role, kind) =>
    given(places)
      .when(assign(role, scopes[kind]))
      .thenRefuses('invalid', /is assigned to a/),
  );

  it.each<[StaffRole, Scope]>([
    ['grid_worker', { kind: 'grid', id: 'grid-nowhere' }],
    ['community_staff', { kind: 'community', id: 'community-nowhere' }],
    ['street_supervisor', { kind: 'street', id: 'street-nowhere' }],
    ['department_liaison', { kind: 'department', id: 'dept-nowhere' }],
  ])('When a %s is assigned to a scope that does not exist › then it is refused', (role, scope) =>
    given(places)
      .when(assign(role, scope))
      .thenRefuses('invalid', /There is no/),
  );

  it('Given the worker holds the grid › When assigned to it again › then it is refused as illegal state', () =>
    given([...places, ...gridStaff])
      .when(assign('grid_worker', gridScope, ids.gridWorker))
      .thenRefuses('illegal_state', /already grid_worker/));

  it('Given the worker holds the grid › When also assigned to another grid › then both are held', () =>
    given([...places, ...gridStaff])
      .when(assign('grid_worker', { kind: 'grid', id: otherGrid }, ids.gridWorker))
      .then([assigned(ids.gridWorker, 'grid_worker', { kind: 'grid', id: otherGrid }, '王芳')]));

  it('Given the worker left the grid › When assigned to it again › then the new spell is recorded', () =>
    given([...places, ...gridStaff, unassigned(ids.gridWorker, 'grid_worker', gridScope)])
      .when(assign('grid_worker', gridScope, ids.gridWorker))
      .then([assigned(ids.gridWorker, 'grid_worker', gridScope, '王芳')]));
});

describe('Unassigning staff', () => {
  it('Given the worker holds the grid › When unassigned › then the end is recorded with its reason', () =>
    given([...places, ...gridStaff])
      .when(unassign('grid_worker', gridScope, ids.gridWorker))
      .then([
        {
          type: 'StaffUnassigned',
          data: {
            personId: ids.gridWorker,
            role: 'grid_worker',
            scope: gridScope,
            reason: '调任其他网格。',
          },
        },
      ]));

  it('Given the person was never assigned › When unassigned › then it is refused as illegal state', () =>
    given(places)
      .when(unassign('grid_worker', gridScope, 'p-stranger'))
      .thenRefuses('illegal_state', /is not grid_worker/));

  it('Given the worker already left › When unassigned again › then it is refused', () =>
    given([...places, ...gridStaff, unassigned(ids.gridWorker, 'grid_worker', gridScope)])
      .when(unassign('grid_worker', gridScope, ids.gridWorker))
      .thenRefuses('illegal_state'));

  it('Given the worker holds one grid › When unassigned from another › then it is refused', () =>
    given([...places, ...gridStaff])
      .when(unassign('grid_worker', { kind: 'grid', id: otherGrid }, ids.gridWorker))
      .thenRefuses('illegal_state'));

  it('Given the leader holds the grid › When unassigned as its worker › then it is refused', () =>
    given([...places, ...gridStaff])
      .when(unassign('grid_worker', gridScope, ids.gridLeader))
      .thenRefuses('illegal_state'));
});
