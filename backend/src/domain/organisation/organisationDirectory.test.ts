import { describe, expect, it } from 'vitest';
import type { OrganisationEvent } from '@gridline/events';
import {
  buildingsOf,
  currentAssignments,
  gridsOf,
  holdersOf,
  placeOfGrid,
  staffOn,
} from './directoryQueries.ts';
import {
  assigned,
  buildingRegistered,
  directoryOf,
  gridEstablished,
  gridScope,
  ids,
  otherGrid,
  places,
  unassigned,
} from './organisationExamples.ts';
import { emptyDirectory, evolveDirectory, foldDirectory } from './organisationDirectory.ts';

const shanghai = (wallTime: string) => new Date(`${wallTime}+08:00`);
const at = (wallTime: string, event: OrganisationEvent) => ({
  event,
  recordedAt: shanghai(wallTime),
});
const day = (date: string) => ({ from: shanghai(`${date}T00:00`), to: shanghai(`${date}T24:00`) });

const newcomer = 'p-zhao-lei';

// 张伟 works grid 03 from 1 March; on 3 June at noon 赵磊 takes over and 张伟 moves to grid 04.
const reassignment = foldDirectory([
  ...places.map((event) => at('2024-02-01T09:00', event)),
  at('2024-03-01T09:00', assigned(ids.gridWorker, 'grid_worker', gridScope)),
  at('2024-06-03T12:00', unassigned(ids.gridWorker, 'grid_worker', gridScope)),
  at('2024-06-03T12:00', assigned(newcomer, 'grid_worker', gridScope, '赵磊')),
  at('2024-06-03T12:05', assigned(ids.gridWorker, 'grid_worker', { kind: 'grid', id: otherGrid })),
]);

const holdersOfGrid = (when: Date | { from: Date; to: Date }) =>
  holdersOf(reassignment, gridScope, when).map((spell) => spell.personId);

describe('Who held a grid on a given day', () => {
  it('Given a reassignment › on the day before it, the first worker held the grid', () => {
    expect(holdersOfGrid(day('2024-06-02'))).toEqual([ids.gridWorker]);
  });

  it('on the day of the reassignment both held it, one in the morning and one after noon', () => {
    expect(holdersOfGrid(day('2024-06-03'))).toEqual([ids.gridWorker, newcomer]);
    expect(holdersOfGrid(shanghai('2024-06-03T11:59'))).toEqual([ids.gridWorker]);
    expect(holdersOfGrid(shanghai('2024-06-03T12:00'))).toEqual([newcomer]);
  });

  it('on the day after it, only the newcomer held the grid', () => {
    expect(holdersOfGrid(day('2024-06-04'))).toEqual([newcomer]);
  });

  it('before anyone was assigned, nobody held it', () => {
    expect(holdersOfGrid(day('2024-02-15'))).toEqual([]);
  });

  it('staffOn tells what the moved worker held before and after the move', () => {
    const held = (when: Date) =>
      staffOn(reassignment, ids.gridWorker, when).map((spell) => spell.scope.id);
    expect(held(shanghai('2024-05-01T10:00'))).toEqual([ids.grid]);
    expect(held(shanghai('2024-06-10T10:00'))).toEqual([otherGrid]);
    expect(staffOn(reassignment, ids.gridWorker, day('2024-06-03'))).toHaveLength(2);
  });

  it('keeps each spell with its start and end', () => {
    expect(reassignment.assignments.get(ids.gridWorker)?.[0]).toEqual({
      personId: ids.gridWorker,
      displayName: '张伟',
      role: 'grid_worker',
      scope: gridScope,
      from: shanghai('2024-03-01T09:00'),
      until: shanghai('2024-06-03T12:00'),
    });
  });

  it('currentAssignments shows only what is held now', () => {
    expect(currentAssignments(reassignment, ids.gridWorker).map((spell) => spell.scope.id)).toEqual(
      [otherGrid],
    );
    expect(currentAssignments(reassignment, 'p-nobody')).toEqual([]);
  });
});

describe('The places of the directory', () => {
  const directory = directoryOf(places);

  it('places a grid in its community and street', () => {
    expect(placeOfGrid(directory, ids.grid)).toEqual({
      streetId: ids.street,
      communityId: ids.community,
      gridId: ids.grid,
    });
    expect(placeOfGrid(directory, 'grid-nowhere')).toBeUndefined();
  });

  it('lists a community’s grids in the order they were established', () => {
    expect(gridsOf(directory, ids.community).map((grid) => grid.gridId)).toEqual([
      ids.grid,
      otherGrid,
    ]);
    expect(gridsOf(directory, 'community-nowhere')).toEqual([]);
  });

  it('lists a grid’s buildings, those registered later included', () => {
    expect(buildingsOf(directory, ids.grid).map((b) => b.buildingId)).toEqual([
      ids.building,
      ids.otherBuilding,
    ]);
    expect(directory.gridOfBuilding.get(ids.otherBuilding)).toBe(ids.grid);
    expect(buildingsOf(directory, 'grid-nowhere')).toEqual([]);
  });

  it('keeps the first establishment of an id and ignores a repeat', () => {
    const repeat = {
      ...gridEstablished,
      data: { ...gridEstablished.data, name: '重复', buildings: [] },
    };
    expect(directoryOf([...places, repeat]).grids.get(ids.grid)?.name).toBe('第三网格');
  });

  it('ignores a building registered to a grid it does not know', () => {
    expect(directoryOf([buildingRegistered]).gridOfBuilding.size).toBe(0);
  });

  it('evolves into a new directory and leaves the old one as it was', () => {
    const before = directoryOf(places.slice(0, 3));
    const after = evolveDirectory(before, { event: buildingRegistered, recordedAt: new Date() });
    expect(buildingsOf(after, ids.grid)).toHaveLength(2);
    expect(buildingsOf(before, ids.grid)).toHaveLength(1);
    expect(emptyDirectory.grids.size).toBe(0);
  });
});
