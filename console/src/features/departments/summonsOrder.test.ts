import type { DepartmentResponse, SummonsItem } from '@gridline/projections';
import { describe, expect, it } from 'vitest';
import { responseTotals, summonsOrder } from './summonsOrder.ts';

const item = (summonsId: string, overrides: Partial<SummonsItem> = {}): SummonsItem => ({
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
  case: { title: 't', place: { streetId: 'ruijing', communityId: 'x', gridId: 'y' } },
  ...overrides,
});

describe('When the summonses are listed', () => {
  it('puts the late owed reports first, then the owed by deadline, then the rest once', () => {
    const open = [
      item('soon', { reportBy: '2026-11-29T10:00:00.000Z' }),
      item('late', { overdue: true, reportBy: '2026-11-29T12:00:00.000Z' }),
      item('sooner', { reportBy: '2026-11-29T09:00:00.000Z' }),
    ];
    const recent = [item('done', { open: false }), item('soon')];
    expect(summonsOrder(open, recent).map((i) => i.summonsId)).toEqual([
      'late',
      'sooner',
      'soon',
      'done',
    ]);
  });
});

describe('When the departments’ response is totalled', () => {
  it('leaves withdrawn summonses out of the on-time rate', () => {
    const row = (r: Partial<DepartmentResponse>): DepartmentResponse => ({
      departmentId: 'd',
      summoned: 0,
      withdrawn: 0,
      reportedOnTime: 0,
      reportedLate: 0,
      open: 0,
      overdue: 0,
      onTimeRate: null,
      ...r,
    });
    expect(
      responseTotals([
        row({ summoned: 5, withdrawn: 1, reportedOnTime: 3, open: 1, overdue: 1 }),
        row({ summoned: 4, reportedOnTime: 2, reportedLate: 1, open: 1 }),
      ]),
    ).toEqual({ open: 2, overdue: 1, onTimeRate: 5 / 8 });
    expect(responseTotals([]).onTimeRate).toBeNull();
  });
});
