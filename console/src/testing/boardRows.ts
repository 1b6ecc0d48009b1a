import type { CaseBoardItem, SummonsItem } from '@gridline/projections';

/** A case board row at the street, changed by `overrides`. */
export const boardRow = (
  caseId: string,
  overrides: Partial<CaseBoardItem> = {},
): CaseBoardItem => ({
  caseId,
  kind: 'dispute',
  category: null,
  disputeType: 'neighbour',
  source: 'resident',
  title: caseId,
  place: {
    streetId: 'ruijing',
    communityId: 'ruiyiyuan',
    gridId: 'ruiyiyuan-g01',
    buildingId: null,
  },
  riskLevel: 'medium',
  level: 'street',
  openedAtLevel: 'grid',
  status: 'awaiting_dispatch',
  assigneeId: null,
  departmentId: null,
  deadline: '2026-12-05T00:00:00.000Z',
  originalDeadline: '2026-12-05T00:00:00.000Z',
  overdue: false,
  openedAt: '2026-11-20T00:00:00.000Z',
  escalatedAt: '2026-11-25T00:00:00.000Z',
  escalationCount: 2,
  returnCount: 0,
  reopenCount: 0,
  missedDeadlines: 0,
  resolutionLevel: null,
  resolvedAt: null,
  closedAt: null,
  lastChangeAt: '2026-11-25T00:00:00.000Z',
  lastChangeType: 'CaseEscalated',
  ...overrides,
});

/** One department of one summons, owed unless `overrides` say otherwise. */
export const summonsRow = (
  summonsId: string,
  overrides: Partial<SummonsItem> = {},
): SummonsItem => ({
  caseId: 'c',
  summonsId,
  departmentId: 'ruijing-police',
  role: 'lead',
  urgent: false,
  summonedAt: '2026-11-28T01:00:00.000Z',
  reportBy: '2026-11-28T10:00:00.000Z',
  reportedAt: null,
  withdrawnAt: null,
  open: true,
  overdue: false,
  reportedOnTime: null,
  summoningLevel: 'street',
  case: {
    title: 't',
    place: { streetId: 'ruijing', communityId: 'ruiyiyuan', gridId: 'ruiyiyuan-g01' },
  },
  ...overrides,
});
