import type { Actor, StaffRole } from '@gridline/events';
import type { Services } from '@gridline/backend/application/services.ts';

// A small district for API tests: two streets, three communities, four grids, two
// departments, and one person in every role — each with a twin elsewhere, so every
// check has an in-scope and an out-of-scope actor.

export const district = {
  streets: [
    { streetId: 'street-ruiling', name: '瑞岭街道' },
    { streetId: 'street-heping', name: '和平街道' },
  ],
  communities: [
    { communityId: 'comm-ruiyiyuan', streetId: 'street-ruiling', name: '瑞益园社区' },
    { communityId: 'comm-ruiling', streetId: 'street-ruiling', name: '瑞岭社区' },
    { communityId: 'comm-heping', streetId: 'street-heping', name: '和平里社区' },
  ],
  grids: [
    {
      gridId: 'grid-ryy-1',
      communityId: 'comm-ruiyiyuan',
      name: '瑞益园第一网格',
      buildings: [{ buildingId: 'bld-ryy-3', name: '3号楼', households: 48 }],
    },
    {
      gridId: 'grid-ryy-2',
      communityId: 'comm-ruiyiyuan',
      name: '瑞益园第二网格',
      buildings: [{ buildingId: 'bld-ryy-7', name: '7号楼', households: 36 }],
    },
    {
      gridId: 'grid-rl-1',
      communityId: 'comm-ruiling',
      name: '瑞岭第一网格',
      buildings: [{ buildingId: 'bld-rl-1', name: '1号楼', households: 60 }],
    },
    {
      gridId: 'grid-hp-1',
      communityId: 'comm-heping',
      name: '和平里第一网格',
      buildings: [{ buildingId: 'bld-hp-2', name: '2号楼', households: 40 }],
    },
  ],
  departments: [
    {
      departmentId: 'dept-police-ruiling',
      name: '瑞岭派出所',
      kind: 'police_station',
      belongsTo: { kind: 'street', id: 'street-ruiling' },
    },
    {
      departmentId: 'dept-judicial-ruiling',
      name: '瑞岭司法所',
      kind: 'judicial_office',
      belongsTo: { kind: 'street', id: 'street-ruiling' },
    },
  ],
} as const;

const person = (
  personId: string,
  displayName: string,
  role: StaffRole,
  kind: Actor['scope']['kind'],
  id: string,
) => ({ personId, displayName, role, scope: { kind, id } }) as const;

/** The people, keyed by the username they sign in with. */
export const people = {
  worker: person('p-worker', '李娜', 'grid_worker', 'grid', 'grid-ryy-1'),
  worker2: person('p-worker2', '周杰', 'grid_worker', 'grid', 'grid-ryy-1'),
  leader: person('p-leader', '王强', 'grid_leader', 'grid', 'grid-ryy-1'),
  otherWorker: person('p-other-worker', '赵磊', 'grid_worker', 'grid', 'grid-hp-1'),
  otherLeader: person('p-other-leader', '钱芳', 'grid_leader', 'grid', 'grid-hp-1'),
  community: person('p-community', '孙丽', 'community_staff', 'community', 'comm-ruiyiyuan'),
  community2: person('p-community2', '吴敏', 'community_staff', 'community', 'comm-ruiyiyuan'),
  otherCommunity: person(
    'p-other-community',
    '郑洁',
    'community_staff',
    'community',
    'comm-heping',
  ),
  supervisor: person('p-supervisor', '陈刚', 'street_supervisor', 'street', 'street-ruiling'),
  otherSupervisor: person(
    'p-other-supervisor',
    '冯涛',
    'street_supervisor',
    'street',
    'street-heping',
  ),
  liaison: person('p-liaison', '刘警官', 'department_liaison', 'department', 'dept-police-ruiling'),
  otherLiaison: person(
    'p-other-liaison',
    '何律师',
    'department_liaison',
    'department',
    'dept-judicial-ruiling',
  ),
  auditor: person('p-auditor', '黄审计', 'auditor', 'district', 'district-1'),
  admin: person('p-admin', '管理员', 'admin', 'district', 'district-1'),
} as const;

export type Username = keyof typeof people;

export const adminActor: Actor = {
  personId: 'p-setup',
  role: 'admin',
  scope: { kind: 'district', id: 'district-1' },
};

/** Builds the district through the organisation commands, as an admin would. */
export const establishDistrict = async (services: Services, now: Date): Promise<void> => {
  let counter = 0;
  const context = () => ({
    actor: adminActor,
    correlationId: `setup-${++counter}`,
    causationId: `setup-${counter}`,
    occurredAt: now,
    now,
  });
  for (const street of district.streets)
    await services.organisation.execute('EstablishStreet', street, context());
  for (const community of district.communities)
    await services.organisation.execute('EstablishCommunity', community, context());
  for (const grid of district.grids)
    await services.organisation.execute(
      'EstablishGrid',
      { ...grid, buildings: [...grid.buildings] },
      context(),
    );
  for (const department of district.departments)
    await services.organisation.execute('EstablishDepartment', department, context());
  for (const staff of Object.values(people))
    await services.organisation.execute('AssignStaff', staff, context());
};
