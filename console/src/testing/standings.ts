import type { CaseStanding } from '../caseWork/availableActions.ts';
import type { CaseState } from '../caseWork/caseTypes.ts';
import { disputeAtGrid } from './caseFixtures.ts';

/** A case as the case page knows it: the dispute at the grid, changed by `overrides`. */
export const caseStanding = (overrides: Partial<CaseState> = {}): CaseStanding => {
  const state = { ...disputeAtGrid, ...overrides } as CaseState;
  return { ...state, assigneeId: state.assignment?.assigneeId ?? null, record: state };
};

/** A case as a board row shows it: no record of who worked it or of its summonses. */
export const rowStanding = (overrides: Partial<CaseState> = {}): CaseStanding => {
  const { record: _record, ...row } = caseStanding(overrides);
  return row;
};

export const summonsOf = (
  departments: readonly {
    departmentId: string;
    reported?: boolean;
    withdrawn?: boolean;
    role?: 'lead' | 'assisting';
  }[],
  level: CaseState['level'] = 'street',
): CaseState['summonses'][number] => ({
  summonsId: `s-${departments.map((d) => d.departmentId).join('-')}`,
  urgent: false,
  level,
  departments: departments.map((d, index) => ({
    departmentId: d.departmentId,
    role: d.role ?? (index === 0 ? 'lead' : 'assisting'),
    reportBy: '2026-12-01T10:00:00.000Z',
    reported: d.reported ?? false,
    withdrawn: d.withdrawn ?? false,
  })),
});
