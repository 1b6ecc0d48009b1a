import { describe, it } from 'vitest';
import type { OrganisationEvent, StaffRole } from '@gridline/events';
import { decideOrganisation } from './decideOrganisation.ts';
import { decisionSpec } from './decisionSpec.ts';
import type { OrganisationCommand } from './organisationCommands.ts';
import {
  actor,
  admin,
  buildingRegistered,
  communityEstablished,
  departmentEstablished,
  directoryOf,
  gridEstablished,
  ids,
  otherGridBuilding,
  places,
  streetEstablished,
} from './organisationExamples.ts';

const { given } = decisionSpec(
  (command: OrganisationCommand, history: readonly OrganisationEvent[]) =>
    decideOrganisation(command, directoryOf(history)),
);

const newGrid = {
  gridId: 'grid-ruiling-05',
  communityId: ids.community,
  name: '第五网格',
  buildings: [
    { buildingId: 'building-ruiling-9', name: '9号楼', households: 30 },
    { buildingId: 'building-ruiling-10', name: '10号楼', households: 42 },
  ],
};
const newBuilding = { buildingId: 'building-ruiling-11', name: '11号楼', households: 18 };

describe('Who may shape the organisation', () => {
  it.each<StaffRole>(['auditor', 'street_supervisor', 'community_staff', 'grid_leader'])(
    'When a %s establishes a street › it is refused as forbidden',
    (role) =>
      given([])
        .when({ type: 'EstablishStreet', data: streetEstablished.data, actor: actor(role) })
        .thenRefuses('forbidden'),
  );

  it('When the system itself assigns staff › it is refused as forbidden', () =>
    given(places)
      .when({
        type: 'AssignStaff',
        data: {
          personId: 'p-1',
          displayName: '王芳',
          role: 'admin',
          scope: { kind: 'district', id: 'd' },
        },
        actor: { ...admin, role: 'system' },
      })
      .thenRefuses('forbidden'));
});

describe('Establishing a street', () => {
  it('Given nothing › When an admin establishes a street › then the street is established', () =>
    given([])
      .when({ type: 'EstablishStreet', data: streetEstablished.data, actor: admin })
      .then([streetEstablished]));

  it('Given the street › When it is established again › then it is refused as illegal state', () =>
    given([streetEstablished])
      .when({
        type: 'EstablishStreet',
        data: { ...streetEstablished.data, name: '新街道' },
        actor: admin,
      })
      .thenRefuses('illegal_state', /already established/));
});

describe('Establishing a community', () => {
  it('Given its street › When it is established › then the community is established', () =>
    given([streetEstablished])
      .when({ type: 'EstablishCommunity', data: communityEstablished.data, actor: admin })
      .then([communityEstablished]));

  it('Given no such street › When it is established › then it is refused as invalid', () =>
    given([])
      .when({ type: 'EstablishCommunity', data: communityEstablished.data, actor: admin })
      .thenRefuses('invalid', /no street/));

  it('Given the community › When it is established again › then it is refused', () =>
    given([streetEstablished, communityEstablished])
      .when({ type: 'EstablishCommunity', data: communityEstablished.data, actor: admin })
      .thenRefuses('illegal_state'));
});

describe('Establishing a grid', () => {
  it('Given its community › When it is established with buildings › then they are all recorded', () =>
    given(places)
      .when({ type: 'EstablishGrid', data: newGrid, actor: admin })
      .then([{ type: 'GridEstablished', data: newGrid }]));

  it('Given its community › When it is established without buildings › then that is fine', () =>
    given([streetEstablished, communityEstablished])
      .when({
        type: 'EstablishGrid',
        data: { ...gridEstablished.data, buildings: [] },
        actor: admin,
      })
      .then([{ type: 'GridEstablished', data: { ...gridEstablished.data, buildings: [] } }]));

  it('Given no such community › When a grid is established in it › then it is refused as invalid', () =>
    given([streetEstablished])
      .when({ type: 'EstablishGrid', data: gridEstablished.data, actor: admin })
      .thenRefuses('invalid', /no community/));

  it('Given the grid › When it is established again › then it is refused as illegal state', () =>
    given(places)
      .when({ type: 'EstablishGrid', data: { ...newGrid, gridId: ids.grid }, actor: admin })
      .thenRefuses('illegal_state'));

  it('When one building is listed twice › then it is refused as invalid', () => {
    const twice = { ...newGrid, buildings: [newBuilding, { ...newBuilding, name: '十一号楼' }] };
    given(places)
      .when({ type: 'EstablishGrid', data: twice, actor: admin })
      .thenRefuses('invalid', /listed twice/);
  });

  it('When a building already belongs to another grid › then it is refused as illegal state', () => {
    const taken = {
      ...newGrid,
      buildings: [{ buildingId: otherGridBuilding, name: '7号楼', households: 1 }],
    };
    given(places)
      .when({ type: 'EstablishGrid', data: taken, actor: admin })
      .thenRefuses('illegal_state', /already registered/);
  });
});

describe('Registering a building', () => {
  it('Given the grid › When a new building is registered › then it is recorded', () =>
    given(places)
      .when({
        type: 'RegisterBuilding',
        data: { gridId: ids.grid, building: newBuilding },
        actor: admin,
      })
      .then([{ type: 'BuildingRegistered', data: { gridId: ids.grid, building: newBuilding } }]));

  it('Given no such grid › When a building is registered › then it is refused as invalid', () =>
    given([streetEstablished, communityEstablished])
      .when({ type: 'RegisterBuilding', data: buildingRegistered.data, actor: admin })
      .thenRefuses('invalid', /no grid/));

  it.each([
    ['the same grid', ids.building],
    ['another grid', otherGridBuilding],
  ])(
    'When the building id is already registered in %s › then it is refused',
    (_where, buildingId) =>
      given(places)
        .when({
          type: 'RegisterBuilding',
          data: { gridId: ids.grid, building: { ...newBuilding, buildingId } },
          actor: admin,
        })
        .thenRefuses('illegal_state'),
  );
});

describe('Establishing a department', () => {
  it('Given its street › When a street department is established › then it is recorded', () =>
    given([streetEstablished])
      .when({ type: 'EstablishDepartment', data: departmentEstablished.data, actor: admin })
      .then([departmentEstablished]));

  it('When a district bureau is established › then no street is needed', () => {
    const bureau = {
      departmentId: ids.assistingDepartment,
      name: '区城市管理局',
      kind: 'urban_management',
      belongsTo: { kind: 'district', id: 'district-heping' },
    } as const;
    given([])
      .when({ type: 'EstablishDepartment', data: bureau, actor: admin })
      .then([{ type: 'DepartmentEstablished', data: bureau }]);
  });

  it('Given no such street › When a street department is established › then it is refused', () =>
    given([])
      .when({ type: 'EstablishDepartment', data: departmentEstablished.data, actor: admin })
      .thenRefuses('invalid', /no street/));

  it('Given the department › When it is established again › then it is refused', () =>
    given(places)
      .when({ type: 'EstablishDepartment', data: departmentEstablished.data, actor: admin })
      .thenRefuses('illegal_state'));
});
