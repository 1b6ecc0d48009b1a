import { describe, expect, it } from 'vitest';
import { groupByCost } from './bulkBuildGroups.ts';

describe('groupByCost', () => {
  it('gives the costliest its own worker and fills the other up', () => {
    expect(
      groupByCost(
        [
          { name: 'case_board', cost: 2.6 },
          { name: 'audit_log', cost: 5.8 },
          { name: 'figures', cost: 3.4 },
          { name: 'grid_patch', cost: 2.9 },
          { name: 'department_summons', cost: 0.6 },
        ],
        2,
      ),
    ).toEqual([
      ['audit_log', 'case_board'],
      ['figures', 'grid_patch', 'department_summons'],
    ]);
  });

  it('never starts more workers than read models, nor fewer than one', () => {
    expect(groupByCost([{ name: 'a', cost: 1 }], 4)).toEqual([['a']]);
    expect(
      groupByCost(
        [
          { name: 'a', cost: 1 },
          { name: 'b', cost: 1 },
        ],
        0,
      ),
    ).toEqual([['a', 'b']]);
    expect(groupByCost([], 2)).toEqual([]);
  });
});
