import type { StaffRole } from '@gridline/events';
import { ladder } from './caseSetup.ts';
import type { Endpoint } from './matrixCaseEndpoints.ts';
import { meetingBody } from './payloads.ts';
import type { Username } from './testDistrict.ts';

// The endpoints of the role × scope matrix beyond a case's own steps: patrols, meetings,
// the organisation, and the read models' lists and figures.

const everyone: readonly StaffRole[] = [
  'grid_worker',
  'grid_leader',
  'community_staff',
  'street_supervisor',
  'department_liaison',
  'auditor',
  'admin',
];

export const otherEndpoints: Endpoint[] = [];

const adminOnly = (name: string, path: string, body: (unique: string) => unknown): Endpoint => ({
  name,
  given: null,
  method: 'POST',
  path: () => path,
  body: (_state, _actor, unique) => body(unique),
  allowed: ['admin'],
  success: 201,
});

const patrolBy = (actor: Username, unique: string) => ({
  inspectionId: `insp-${unique}`,
  gridId: 'grid-ryy-1',
  inspectorId: actor === 'otherWorker' ? 'p-other-worker' : 'p-worker',
  startedAt: '2026-06-01T08:00:00+08:00',
  endedAt: '2026-06-01T08:40:00+08:00',
  buildingsVisited: [{ buildingId: 'bld-ryy-3', householdsVisited: 6 }],
  welfareChecks: [],
  findings: [],
});

otherEndpoints.push(
  {
    name: 'record an inspection',
    given: null,
    method: 'POST',
    path: () => '/api/inspections',
    body: (_state, actor, unique) => patrolBy(actor, unique),
    allowed: ['grid_worker', 'grid_leader', 'admin'],
    success: 201,
  },
  {
    name: 'erase a patrol’s residents’ personal data',
    given: null,
    // A patrol of grid-ryy-1 (street-ruiling) with one welfare check, fresh for each cell.
    async arrange(admin, unique) {
      const patrol = {
        ...patrolBy('admin', unique),
        welfareChecks: [{ buildingId: 'bld-ryy-3', residentName: '周大爷', status: 'well' }],
      };
      const recorded = await admin.post('/api/inspections', patrol);
      if (recorded.status !== 201) throw new Error(`No patrol to erase: ${recorded.status}`);
      return patrol.inspectionId;
    },
    method: 'POST',
    path: (inspectionId) => `/api/inspections/${inspectionId}/personal-data-erasures`,
    documented: '/api/inspections/{inspectionId}/personal-data-erasures',
    body: () => ({ reason: '走访对象书面申请删除其个人信息，已核验身份。' }),
    // The case erasure's rule, scoped to the patrol's street.
    allowed: ['street_supervisor', 'admin'],
    success: 200,
  },
  {
    name: 'record a resident meeting',
    given: null,
    method: 'POST',
    path: () => '/api/meetings',
    body: (_state, _actor, unique) => meetingBody(unique),
    allowed: ['community_staff', 'admin'],
    success: 201,
  },
  {
    name: 'verify the log',
    given: null,
    method: 'GET',
    path: () => '/api/audit/verification',
    allowed: ['auditor', 'admin'],
    success: 200,
  },
  {
    name: 'browse the audit log',
    given: null,
    method: 'GET',
    path: () => '/api/audit/events',
    allowed: ['auditor', 'admin'],
    success: 200,
  },
  {
    name: 'GET organisation',
    // The district's structure and who holds what are known to every member of staff.
    outOfScope: 200,
    given: null,
    method: 'GET',
    path: () => '/api/organisation',
    allowed: everyone,
    success: 200,
  },
  adminOnly('establish a street', '/api/organisation/streets', (u) => ({
    streetId: `street-${u}`,
    name: '新街道',
  })),
  adminOnly('establish a community', '/api/organisation/communities', (u) => ({
    communityId: `comm-${u}`,
    streetId: 'street-ruiling',
    name: '新社区',
  })),
  adminOnly('establish a grid', '/api/organisation/grids', (u) => ({
    gridId: `grid-${u}`,
    communityId: 'comm-ruiyiyuan',
    name: '新网格',
    buildings: [{ buildingId: `bld-${u}`, name: '1号楼', households: 30 }],
  })),
  adminOnly('register a building', '/api/organisation/buildings', (u) => ({
    gridId: 'grid-ryy-2',
    building: { buildingId: `bld-${u}`, name: '9号楼', households: 24 },
  })),
  adminOnly('establish a department', '/api/organisation/departments', (u) => ({
    departmentId: `dept-${u}`,
    name: '城管中队',
    kind: 'urban_management',
    belongsTo: { kind: 'district', id: 'district-1' },
  })),
  adminOnly('assign staff', '/api/organisation/staff-assignments', (u) => ({
    personId: `p-${u}`,
    displayName: '新同事',
    role: 'grid_worker',
    scope: { kind: 'grid', id: 'grid-ryy-2' },
  })),
  adminOnly('unassign staff', '/api/organisation/staff-unassignments', () => ({
    personId: 'p-worker2',
    role: 'grid_worker',
    scope: { kind: 'grid', id: 'grid-ryy-1' },
    reason: '调岗',
  })),
);

/** Everyone reads a grid's patch within their scope but liaisons, who hold no grid. */
const gridPatchRead = (name: string, documented: string): Endpoint => ({
  name,
  given: null,
  method: 'GET',
  path: () => documented.replace('{gridId}', 'grid-ryy-1'),
  documented,
  allowed: everyone.filter((role) => role !== 'department_liaison'),
  success: 200,
});

otherEndpoints.push(
  gridPatchRead('GET a grid patch', '/api/grids/{gridId}/patch'),
  gridPatchRead('list a grid’s inspections', '/api/grids/{gridId}/inspections'),
  gridPatchRead('list a grid’s welfare checks', '/api/grids/{gridId}/welfare-checks'),
  {
    name: 'list summonses',
    // Everyone may list; what each sees is their scope (tests/api/summonses.int.test.ts).
    outOfScope: 200,
    given: ladder.summoned,
    method: 'GET',
    path: () => '/api/summonses',
    allowed: everyone,
    success: 200,
  },
  {
    name: 'department response',
    outOfScope: 200,
    given: null,
    method: 'GET',
    path: () => '/api/departments/response',
    allowed: everyone,
    success: 200,
  },
  {
    name: 'read figures',
    // Everyone reads their own scope's figures by default (tests/api/figures.int.test.ts).
    outOfScope: 200,
    given: null,
    method: 'GET',
    path: () => '/api/figures',
    allowed: everyone,
    success: 200,
  },
  {
    name: 'rank communities',
    // Everyone sees the ranking of their own street by default.
    outOfScope: 200,
    given: null,
    method: 'GET',
    path: () => '/api/figures/ranking',
    allowed: everyone,
    success: 200,
  },
  {
    name: 'recompute figures from the log',
    given: null,
    method: 'GET',
    path: () => '/api/audit/figures',
    allowed: ['auditor', 'admin'],
    success: 200,
  },
);
