import type { SummonsItem } from '@gridline/projections';
import { describe, expect, it } from 'vitest';
import { communityStaff, policeLiaison, streetSupervisor } from '../../testing/accounts.ts';
import { summonsRowActions } from './summonsRowActions.ts';

const item = (overrides: Partial<SummonsItem> = {}): SummonsItem => ({
  caseId: 'c1',
  summonsId: 's1',
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
    title: '土地补偿纠纷',
    place: { streetId: 'ruijing', communityId: 'ruiling', gridId: 'ruiling-g01' },
  },
  ...overrides,
});

describe('When a summons is listed', () => {
  it('offers the summoned department’s liaison to report in while it is owed', () => {
    expect(summonsRowActions(policeLiaison, item())).toEqual(['report']);
    expect(summonsRowActions(policeLiaison, item({ departmentId: 'ruijing-judicial' }))).toEqual(
      [],
    );
  });
  it('offers nothing once reported or withdrawn', () => {
    expect(
      summonsRowActions(policeLiaison, item({ open: false, reportedAt: '2026-11-28T02:00:00Z' })),
    ).toEqual([]);
    expect(summonsRowActions(streetSupervisor, item({ open: false }))).toEqual([]);
  });
  it('offers the street to call off what the street summoned, not what a community did', () => {
    expect(summonsRowActions(streetSupervisor, item())).toEqual(['withdrawSummons']);
    expect(summonsRowActions(streetSupervisor, item({ summoningLevel: 'community' }))).toEqual([]);
    expect(summonsRowActions(communityStaff, item())).toEqual([]);
  });
});
