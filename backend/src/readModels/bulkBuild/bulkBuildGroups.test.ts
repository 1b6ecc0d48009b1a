import { describe, expect, it } from 'vitest';
import { groupForPipeline } from './bulkBuildGroups.ts';

const readModels = [
  { name: 'case_board', cost: 2.6 },
  { name: 'audit_log', cost: 5.8 },
  { name: 'figures', cost: 3.4 },
  { name: 'grid_patch', cost: 2.9 },
  { name: 'department_summons', cost: 0.6 },
];

describe('groupForPipeline', () => {
  it('leaves the worker that reads the log less to build', () => {
    expect(groupForPipeline(readModels, 2, { reading: 5.6, following: 1.2 })).toEqual([
      ['figures', 'case_board'],
      ['audit_log', 'grid_patch', 'department_summons'],
    ]);
  });

  it('balances by cost alone when reading costs what following does', () => {
    expect(groupForPipeline(readModels, 2, { reading: 0, following: 0 })).toEqual([
      ['audit_log', 'case_board'],
      ['figures', 'grid_patch', 'department_summons'],
    ]);
  });

  it('keeps the reading worker when reading outweighs everything, and drops empty followers', () => {
    expect(
      groupForPipeline(
        [
          { name: 'a', cost: 1 },
          { name: 'b', cost: 1 },
        ],
        2,
        { reading: 10, following: 1 },
      ),
    ).toEqual([[], ['a', 'b']]);
    expect(groupForPipeline([{ name: 'a', cost: 1 }], 3, { reading: 10, following: 1 })).toEqual([
      ['a'],
    ]);
  });

  it('never starts more workers than read models, nor fewer than one', () => {
    const costs = { reading: 5.6, following: 1.2 };
    expect(groupForPipeline([{ name: 'a', cost: 1 }], 4, costs)).toEqual([['a']]);
    expect(
      groupForPipeline(
        [
          { name: 'a', cost: 1 },
          { name: 'b', cost: 1 },
        ],
        0,
        costs,
      ),
    ).toEqual([['a', 'b']]);
    expect(groupForPipeline([], 2, costs)).toEqual([[]]);
  });
});
