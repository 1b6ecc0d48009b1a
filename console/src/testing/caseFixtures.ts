import type { CaseHistoryEntry, CaseState } from '../caseWork/caseTypes.ts';
import type { Organisation } from '../common/organisation/organisationTypes.ts';

export const caseId = '4fcf4e3f-310b-42d5-b7e3-e08b87dd5419';

export const disputeAtGrid: CaseState = {
  caseId,
  kind: 'dispute',
  status: 'awaiting_dispatch',
  place: {
    streetId: 'ruijing',
    communityId: 'ruiyiyuan',
    gridId: 'ruiyiyuan-g01',
    buildingId: 'ruiyiyuan-b003',
  },
  riskLevel: 'medium',
  level: 'grid',
  departmentId: null,
  openedAtLevel: 'grid',
  deadline: {
    level: 'grid',
    due: '2026-12-02T15:59:59.999Z',
    original: '2026-12-02T15:59:59.999Z',
  },
  dispatcherIds: [],
  handlerIds: [],
  mediatorIds: [],
  summonses: [],
  originalDeadlines: { grid: '2026-12-02T15:59:59.999Z' },
  extensionsByLevel: {},
  missedDeadlines: [],
  failedMediationLevels: [],
  unsatisfiedResolutions: [],
  resolutionCount: 0,
  lastOccurredAt: null,
  returnCount: 0,
  reopenCount: 0,
};

export const organisation: Organisation = {
  streets: [{ streetId: 'ruijing', name: '瑞景街道' }],
  communities: [{ communityId: 'ruiyiyuan', streetId: 'ruijing', name: '瑞益园社区' }],
  grids: [
    {
      gridId: 'ruiyiyuan-g01',
      communityId: 'ruiyiyuan',
      name: '瑞益园第1网格',
      buildings: [{ buildingId: 'ruiyiyuan-b003', name: '3号楼', households: 38 }],
    },
  ],
  departments: [],
  staff: [
    {
      personId: 'leader-ruiyiyuan-g01',
      displayName: '周丽',
      role: 'grid_leader',
      scope: { kind: 'grid', id: 'ruiyiyuan-g01' },
      from: '2026-09-15T00:00:00Z',
    },
    {
      personId: 'worker-ruiyiyuan-g01-1',
      displayName: '万建华',
      role: 'grid_worker',
      scope: { kind: 'grid', id: 'ruiyiyuan-g01' },
      from: '2026-09-15T00:00:00Z',
    },
  ],
};

const metadata = (personId: string, role: 'grid_leader' | 'grid_worker', recordedAt: string) => ({
  eventId: `${personId}-${recordedAt}`,
  actor: { personId, role, scope: { kind: 'grid' as const, id: 'ruiyiyuan-g01' } },
  correlationId: 'c1',
  causationId: 'c1',
  occurredAt: recordedAt,
  recordedAt,
  schemaVersion: 1,
});

/** The dispute as logged (revision 0), then dispatched by the grid leader (revision 1). */
export const historyAfterDispatch: CaseHistoryEntry[] = [
  {
    stream: `case-${caseId}`,
    revision: '0',
    position: '10/10',
    type: 'DisputeLogged',
    data: {
      caseId,
      place: disputeAtGrid.place,
      riskLevel: 'medium',
      title: '楼上噪音',
      description: '夜间噪音',
      disputeType: 'neighbour',
      parties: [{ name: '张*', phone: '138****8000', role: 'applicant' }],
      level: 'grid',
      deadline: '2026-12-02T15:59:59.999Z',
      source: 'resident',
    },
    metadata: metadata('worker-ruiyiyuan-g01-1', 'grid_worker', '2026-11-29T07:00:00.000Z'),
  } as CaseHistoryEntry,
  {
    stream: `case-${caseId}`,
    revision: '1',
    position: '11/11',
    type: 'CaseAssigned',
    data: {
      caseId,
      level: 'grid',
      assigneeId: 'worker-ruiyiyuan-g01-1',
      dispatcherId: 'leader-ruiyiyuan-g01',
      deadline: '2026-12-02T15:59:59.999Z',
    },
    metadata: metadata('leader-ruiyiyuan-g01', 'grid_leader', '2026-11-29T07:05:00.000Z'),
  } as CaseHistoryEntry,
];
