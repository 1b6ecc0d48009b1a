import type { CaseBoardItem } from '@gridline/projections';
import { describe, expect, it } from 'vitest';
import { escalationCounts, queueOrder } from './escalationCounts.ts';

const now = new Date('2026-11-29T08:00:00.000Z');
const row = (id: string, overrides: Partial<CaseBoardItem>): CaseBoardItem => ({
  caseId: id,
  kind: 'dispute',
  category: null,
  disputeType: 'neighbour',
  source: 'resident',
  title: id,
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

const queue = [
  row('settled', { status: 'resolved', deadline: null, escalatedAt: '2026-11-29T01:00:00.000Z' }),
  row('later', { deadline: '2026-12-09T00:00:00.000Z' }),
  row('department', { level: 'department', deadline: '2026-12-01T00:00:00.000Z' }),
  row('late', { overdue: true, deadline: '2026-11-28T00:00:00.000Z' }),
  row('new', { level: 'community', escalatedAt: '2026-11-28T09:00:00.000Z' }),
];

describe('When the street looks at its escalation queue', () => {
  it('counts the open cases at the street and at departments, the late and the newly arrived', () => {
    expect(escalationCounts(queue, now)).toEqual({
      atStreet: 2,
      atDepartment: 1,
      escalatedLastDay: 2,
      overdue: 1,
    });
  });
  it('puts the overdue first, then by deadline, the settled last', () => {
    expect(queueOrder(queue).map((item) => item.caseId)).toEqual([
      'late',
      'department',
      'new',
      'later',
      'settled',
    ]);
  });
});
