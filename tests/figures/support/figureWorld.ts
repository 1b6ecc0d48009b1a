import type { Actor, ActorRole, OrganisationEvent, StaffRole } from '@gridline/events';

// A small district for random histories: two streets, three communities, four grids with
// a few buildings, two departments, and several people in every role at every place, so
// that the four-eyes rules and "one level above" leave someone able to act.

export const world = {
  streets: ['street-a', 'street-b'],
  communities: [
    { communityId: 'comm-a1', streetId: 'street-a' },
    { communityId: 'comm-a2', streetId: 'street-a' },
    { communityId: 'comm-b1', streetId: 'street-b' },
  ],
  grids: [
    { gridId: 'grid-a1-1', communityId: 'comm-a1', buildings: ['bld-1', 'bld-2'] },
    { gridId: 'grid-a1-2', communityId: 'comm-a1', buildings: ['bld-3'] },
    { gridId: 'grid-a2-1', communityId: 'comm-a2', buildings: ['bld-4', 'bld-5'] },
    { gridId: 'grid-b1-1', communityId: 'comm-b1', buildings: ['bld-6'] },
  ],
  departments: [
    { departmentId: 'dept-police', belongsTo: { kind: 'street', id: 'street-a' } },
    { departmentId: 'dept-housing', belongsTo: { kind: 'district', id: 'district-1' } },
  ],
} as const;

export type WorldGrid = (typeof world.grids)[number];

const person = (personId: string, role: ActorRole, kind: Actor['scope']['kind'], id: string) =>
  ({ personId, role, scope: { kind, id } }) as Actor;

const times = <T>(n: number, make: (i: number) => T): T[] =>
  Array.from({ length: n }, (_, i) => make(i));

export const people: readonly Actor[] = [
  ...world.grids.flatMap(({ gridId }) => [
    ...times(2, (i) => person(`worker-${i}-${gridId}`, 'grid_worker', 'grid', gridId)),
    ...times(2, (i) => person(`leader-${i}-${gridId}`, 'grid_leader', 'grid', gridId)),
  ]),
  ...world.communities.flatMap(({ communityId }) =>
    times(3, (i) =>
      person(`staff-${i}-${communityId}`, 'community_staff', 'community', communityId),
    ),
  ),
  ...world.streets.flatMap((streetId) =>
    times(3, (i) => person(`supervisor-${i}-${streetId}`, 'street_supervisor', 'street', streetId)),
  ),
  ...world.departments.map(({ departmentId }) =>
    person(`liaison-${departmentId}`, 'department_liaison', 'department', departmentId),
  ),
  person('admin-1', 'admin', 'district', 'district-1'),
  person('admin-2', 'admin', 'district', 'district-1'),
];

/** The deadline process: records missed deadlines and escalates overdue cases. */
export const deadlineProcess: Actor = person(
  'deadline-process',
  'system',
  'district',
  'district-1',
);

/** A grid worker who comes and goes, so the patrol figures see workers change. */
export const temporaryWorker = (gridId: string): Actor =>
  person(`temp-${gridId}`, 'grid_worker', 'grid', gridId);

export const assigned = (actor: Actor): OrganisationEvent => ({
  type: 'StaffAssigned',
  data: {
    personId: actor.personId,
    displayName: '网格员',
    role: actor.role as StaffRole,
    scope: actor.scope,
  },
});

/** The district as its organisation events establish it. */
export const establishment: readonly OrganisationEvent[] = [
  ...world.streets.map((streetId): OrganisationEvent => ({
    type: 'StreetEstablished',
    data: { streetId, name: '街道' },
  })),
  ...world.communities.map((community): OrganisationEvent => ({
    type: 'CommunityEstablished',
    data: { ...community, name: '社区' },
  })),
  ...world.grids.map(({ gridId, communityId, buildings }): OrganisationEvent => ({
    type: 'GridEstablished',
    data: {
      gridId,
      communityId,
      name: '网格',
      buildings: buildings.map((buildingId, i) => ({
        buildingId,
        name: `${i + 1}号楼`,
        households: 20 + 7 * i,
      })),
    },
  })),
  ...world.departments.map(({ departmentId, belongsTo }): OrganisationEvent => ({
    type: 'DepartmentEstablished',
    data: { departmentId, name: '部门', kind: 'other', belongsTo: { ...belongsTo } },
  })),
  ...people.map(assigned),
];

/** The people whose scope takes in the grid, its community and its street, and the rest who may act on any case. */
export const peopleAround = (grid: WorldGrid): Actor[] => {
  const community = world.communities.find((c) => c.communityId === grid.communityId)!;
  const reach = new Set<string>([grid.gridId, community.communityId, community.streetId]);
  return [
    ...people.filter(
      ({ scope }) =>
        reach.has(scope.id) || scope.kind === 'department' || scope.kind === 'district',
    ),
    deadlineProcess,
  ];
};
