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

  it('starts a worker more than read models when the reader has none and that is quicker', () => {
    // The measured costs: reading 10.5, following 3.1. On one follower the audit log and
    // the figures take 12.3, longer than the reading; on one each, 8.9 and 6.5.
    const measured = { reading: 10.5, following: 3.1 };
    const two = readModels.filter((item) => ['audit_log', 'figures'].includes(item.name));
    expect(groupForPipeline(two, 2, measured)).toEqual([[], ['audit_log', 'figures']]);
    expect(groupForPipeline(two, 3, measured)).toEqual([[], ['audit_log'], ['figures']]);
    expect(groupForPipeline(two, 8, measured)).toEqual([[], ['audit_log'], ['figures']]);
    // No quicker with one more: as many workers as read models.
    expect(groupForPipeline(readModels, 8, measured)).toEqual([
      [],
      ['audit_log'],
      ['figures'],
      ['grid_patch'],
      ['case_board', 'department_summons'],
    ]);
  });

  it('never starts more workers than read models, nor fewer than one, unless quicker', () => {
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
