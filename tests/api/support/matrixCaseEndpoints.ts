import type { StaffRole } from '@gridline/events';
import type { Client } from './apiServer.ts';
import { ladder, type Step } from './caseSetup.ts';
import { disputeBody, issueBody } from './payloads.ts';
import type { Username } from './testDistrict.ts';

// The endpoints of the role × scope matrix (roleScopeMatrix.int.test.ts): for each, the
// case it acts on, the request, and which roles succeed within scope.

const everyone: readonly StaffRole[] = [
  'grid_worker',
  'grid_leader',
  'community_staff',
  'street_supervisor',
  'department_liaison',
  'auditor',
  'admin',
];
/** Everyone whose scope reaches the case may write to it, but auditors change nothing. */
const everyoneButAuditors = everyone.filter((role) => role !== 'auditor');
/** "Field staff" in docs/case-rules.md: grid worker and up, not departments or auditors. */
const gridWorkerAndAbove = everyoneButAuditors.filter((role) => role !== 'department_liaison');

export interface Endpoint {
  readonly name: string;
  /** The case the request acts on, as steps from a fresh dispute; null: no case. */
  readonly given: readonly Step[] | null;
  /**
   * For a request on something other than a case: makes it afresh for the cell, through
   * the admin's client, and gives the id that `path` is then called with.
   */
  readonly arrange?: (admin: Client, unique: string) => Promise<string>;
  readonly method: 'GET' | 'POST';
  readonly path: (caseId: string) => string;
  /** The path as the API description writes it, when it has a parameter other than the case. */
  readonly documented?: string;
  /** `unique` keeps ids apart between cells (every cell creates its own things). */
  readonly body?: (state: Record<string, unknown>, actor: Username, unique: string) => unknown;
  /** Roles that, within scope, succeed; everyone else gets `refusal` (default 403). */
  readonly allowed: readonly StaffRole[];
  readonly success: number;
  /** What the out-of-scope twins get, when the endpoint is not scoped (default 403). */
  readonly outOfScope?: number;
  /** Refusals that are not 403 for a role within scope (e.g. the four-eyes rule). */
  readonly inScopeRefusal?: Partial<Record<StaffRole, number>>;
}

const firstSummons = (state: Record<string, unknown>) =>
  (state['summonses'] as { summonsId: string }[])[0]!.summonsId;

export const caseEndpoints: Endpoint[] = [
  {
    name: 'GET case',
    given: ladder.summoned,
    method: 'GET',
    path: (id) => `/api/cases/${id}`,
    allowed: everyone,
    success: 200,
  },
  {
    name: 'list cases',
    // Everyone may list; what each sees is their scope (tests/api/caseBoard.int.test.ts).
    outOfScope: 200,
    given: ladder.summoned,
    method: 'GET',
    path: () => '/api/cases',
    allowed: everyone,
    success: 200,
  },
  {
    name: 'live changes',
    // Everyone may open a stream; what reaches it is their scope (liveUpdates.int.test.ts).
    outOfScope: 200,
    given: null,
    method: 'GET',
    path: () => '/api/live',
    allowed: everyone,
    success: 200,
  },
  {
    name: 'GET history',
    given: ladder.summoned,
    method: 'GET',
    path: (id) => `/api/cases/${id}/history`,
    allowed: everyone,
    success: 200,
  },
  {
    name: 'replay a case',
    given: ladder.summoned,
    method: 'GET',
    path: (id) => `/api/cases/${id}/replay`,
    allowed: everyone,
    success: 200,
  },
  {
    name: 'GET the case file',
    // Whoever may read the case may take its file: it holds what history and replay show.
    given: ladder.summoned,
    method: 'GET',
    path: (id) => `/api/cases/${id}/file`,
    allowed: everyone,
    success: 200,
  },
  {
    name: 'log a dispute',
    given: [],
    method: 'POST',
    path: () => '/api/cases/disputes',
    body: () => disputeBody,
    allowed: gridWorkerAndAbove,
    success: 201,
  },
  {
    name: 'report an issue',
    given: [],
    method: 'POST',
    path: () => '/api/cases/issues',
    body: () => issueBody,
    allowed: gridWorkerAndAbove,
    success: 201,
  },
  {
    name: 'assign',
    given: ladder.logged,
    method: 'POST',
    path: (id) => `/api/cases/${id}/assign`,
    body: () => ({ assigneeId: 'p-worker' }),
    allowed: ['grid_leader', 'admin'],
    success: 200,
  },
  {
    name: 'accept',
    given: ladder.assigned,
    method: 'POST',
    path: (id) => `/api/cases/${id}/accept`,
    body: () => ({}),
    allowed: ['grid_worker'],
    success: 200,
  },
  {
    name: 'record a mediation',
    given: ladder.accepted,
    method: 'POST',
    path: (id) => `/api/cases/${id}/mediations`,
    body: () => ({ outcome: 'partial', summary: '部分达成一致。' }),
    allowed: ['grid_worker', 'grid_leader', 'admin'],
    success: 200,
  },
  {
    name: 'escalate',
    given: ladder.logged,
    method: 'POST',
    path: (id) => `/api/cases/${id}/escalate`,
    body: () => ({ toLevel: 'community', reason: 'beyond_authority' }),
    allowed: ['grid_leader', 'admin'],
    success: 200,
  },
  {
    name: 'summon departments',
    given: ladder.atCommunity,
    method: 'POST',
    path: (id) => `/api/cases/${id}/summons`,
    body: () => ({
      leadDepartmentId: 'dept-police-ruiling',
      urgent: true,
      request: '请派出所到场。',
    }),
    // The level holding the case summons: here, the community.
    allowed: ['community_staff', 'admin'],
    success: 200,
  },
  {
    name: 'withdraw a summons',
    given: ladder.summoned,
    method: 'POST',
    path: (id) => `/api/cases/${id}/summons-withdrawals`,
    body: (state) => ({ summonsId: firstSummons(state), reason: '已由社区自行协调。' }),
    allowed: ['community_staff', 'admin'],
    success: 200,
  },
  {
    name: 'reassess the risk',
    given: ladder.logged,
    method: 'POST',
    path: (id) => `/api/cases/${id}/risk-assessments`,
    body: () => ({ riskLevel: 'high', reason: '双方多次发生争吵。' }),
    allowed: ['grid_leader', 'admin'],
    success: 200,
  },
  {
    name: 'department report',
    given: ladder.summoned,
    method: 'POST',
    path: (id) => `/api/cases/${id}/department-reports`,
    body: (state, actor) => ({
      summonsId: firstSummons(state),
      departmentId: actor === 'otherLiaison' ? 'dept-judicial-ruiling' : 'dept-police-ruiling',
      response: '已派民警到场处置。',
    }),
    allowed: ['department_liaison', 'admin'],
    success: 200,
  },
  {
    name: 'extend the deadline',
    given: ladder.assigned,
    method: 'POST',
    path: (id) => `/api/cases/${id}/deadline-extensions`,
    body: (state) => ({
      newDeadline: new Date(
        Date.parse((state['deadline'] as { due: string }).due) + 2 * 86_400_000,
      ).toISOString(),
      reason: '等待物业提供维修记录。',
    }),
    // The level above, or the street, which oversees both levels below it.
    allowed: ['community_staff', 'street_supervisor', 'admin'],
    success: 200,
  },
  {
    name: 'verify',
    given: ladder.resolvedAtGrid,
    method: 'POST',
    path: (id) => `/api/cases/${id}/verify`,
    body: () => ({ outcome: 'confirmed', method: 'site_visit' }),
    allowed: ['community_staff', 'street_supervisor', 'admin'],
    success: 200,
  },
  {
    name: 'return down',
    given: ladder.atCommunity,
    method: 'POST',
    path: (id) => `/api/cases/${id}/return`,
    body: () => ({
      toLevel: 'grid',
      reason: '属网格职责范围。',
      guidance: '请网格员先行上门调解。',
    }),
    allowed: ['community_staff', 'admin'],
    success: 200,
  },
  {
    name: 'resolve',
    given: ladder.accepted,
    method: 'POST',
    path: (id) => `/api/cases/${id}/resolve`,
    body: () => ({ outcome: 'fixed', summary: '已修复。' }),
    allowed: ['grid_worker', 'grid_leader', 'admin'],
    success: 200,
  },
  {
    name: 'return visit',
    given: ladder.resolvedAtGrid,
    method: 'POST',
    path: (id) => `/api/cases/${id}/return-visits`,
    body: () => ({ rating: 'satisfied', method: 'in_person' }),
    // The in-scope grid worker resolved this case: someone else must ask the resident.
    allowed: gridWorkerAndAbove.filter((role) => role !== 'grid_worker'),
    success: 200,
  },
  {
    name: 'reopen',
    given: ladder.unsatisfied,
    method: 'POST',
    path: (id) => `/api/cases/${id}/reopen`,
    body: () => ({ trigger: 'return_visit_unsatisfied', reason: '居民对处理结果不满意。' }),
    allowed: ['grid_leader', 'community_staff', 'street_supervisor', 'admin'],
    success: 200,
  },
  {
    name: 'close',
    given: ladder.verifiedAndSatisfied,
    method: 'POST',
    path: (id) => `/api/cases/${id}/close`,
    body: () => ({}),
    allowed: ['grid_leader', 'community_staff', 'street_supervisor', 'admin'],
    success: 200,
  },
  {
    name: 'add a note',
    given: ladder.summoned,
    method: 'POST',
    path: (id) => `/api/cases/${id}/notes`,
    body: () => ({ text: '已与物业沟通。' }),
    allowed: everyoneButAuditors,
    success: 200,
  },
  {
    name: 'reveal personal data',
    given: ladder.summoned,
    method: 'POST',
    path: (id) => `/api/cases/${id}/personal-data-reveals`,
    body: () => ({ fields: ['parties[].phone'], reason: '需电话联系当事人。' }),
    // A reveal is a read put on record: auditors may make one too.
    allowed: everyone,
    success: 200,
  },
  {
    name: 'erase personal data',
    given: ladder.summoned,
    method: 'POST',
    path: (id) => `/api/cases/${id}/personal-data-erasures`,
    body: () => ({ reason: '申请人书面申请删除其个人信息，已核验身份。' }),
    // Changes what anyone may see: the district's admin, or the case's street supervisor.
    allowed: ['street_supervisor', 'admin'],
    success: 200,
  },
];
