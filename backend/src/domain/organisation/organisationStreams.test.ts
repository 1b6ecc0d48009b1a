import { describe, expect, it } from 'vitest';
import { parseStreamName } from '@gridline/events';
import type { OrganisationCommand } from './organisationCommands.ts';
import { admin, ids } from './organisationExamples.ts';
import {
  organisationStream,
  organisationStreamFor,
  startsOrganisationStream,
} from './organisationStreams.ts';

const grid = { gridId: ids.grid, communityId: ids.community, name: '第三网格', buildings: [] };
const scope = { kind: 'grid', id: ids.grid } as const;

describe('The stream an organisation command writes to', () => {
  it.each<[OrganisationCommand['type'], OrganisationCommand['data'], string, boolean]>([
    [
      'EstablishStreet',
      { streetId: ids.street, name: '和平街道' },
      `org-street-${ids.street}`,
      true,
    ],
    [
      'EstablishCommunity',
      { communityId: ids.community, streetId: ids.street, name: '瑞岭社区' },
      `org-community-${ids.community}`,
      true,
    ],
    ['EstablishGrid', grid, `org-grid-${ids.grid}`, true],
    [
      'RegisterBuilding',
      { gridId: ids.grid, building: { buildingId: 'b-1', name: '1号楼', households: 1 } },
      `org-grid-${ids.grid}`,
      false,
    ],
    [
      'EstablishDepartment',
      {
        departmentId: ids.department,
        name: '派出所',
        kind: 'police_station',
        belongsTo: { kind: 'district', id: 'd' },
      },
      `org-department-${ids.department}`,
      true,
    ],
    [
      'AssignStaff',
      { personId: ids.gridWorker, displayName: '张伟', role: 'grid_worker', scope },
      `org-staff-${ids.gridWorker}`,
      false,
    ],
    [
      'UnassignStaff',
      { personId: ids.gridWorker, role: 'grid_worker', scope },
      `org-staff-${ids.gridWorker}`,
      false,
    ],
  ])('%s › %s, starting it: %s', (type, data, streamName, starts) => {
    const command = { type, data, actor: admin } as OrganisationCommand;
    expect(organisationStreamFor(command)).toBe(streamName);
    expect(startsOrganisationStream(command)).toBe(starts);
  });

  it('names a stream for the longest ids, readable back and distinct per kind and id', () => {
    const longest = 'x'.repeat(64);
    const names = [
      organisationStream('staff', longest),
      organisationStream('staff', `${'x'.repeat(63)}y`),
      organisationStream('grid', longest),
    ];
    for (const name of names) expect(parseStreamName(name)?.kind).toBe('organisation');
    expect(new Set(names).size).toBe(3);
    expect(names[0]).toMatch(/^org-staff:[0-9a-f]{40}$/);
  });

  it('refuses an id that is not an id', () => {
    expect(() => organisationStream('street', 'a b')).toThrow(RangeError);
  });
});
