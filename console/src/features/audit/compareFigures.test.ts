import { describe, expect, it } from 'vitest';
import { compareFigures, flattenFigures } from './compareFigures.ts';

describe('When an auditor compares the figures with their recomputation', () => {
  it('names every number by its path, departments by their id', () => {
    const flat = flattenFigures({
      resolutionRate: { opened: 4, resolved: 3, withdrawn: 0, rate: 0.75 },
      departmentResponse: {
        summoned: 1,
        onTime: 1,
        withdrawn: 0,
        rate: 1,
        byDepartment: [
          { departmentId: 'police', summoned: 1, onTime: 1, withdrawn: 0, rate: null },
        ],
      },
    });
    expect(flat.get('resolutionRate.rate')).toBe(0.75);
    expect(flat.get('departmentResponse.byDepartment[police].rate')).toBeNull();
    expect(flat.size).toBe(12);
  });

  it('marks equal numbers the same and a changed one as a difference', () => {
    const rows = compareFigures(
      { reopenRate: { resolved: 10, reopened: 1, rate: 0.1 } },
      { reopenRate: { resolved: 10, reopened: 2, rate: 0.2 } },
    );
    expect(rows.map((row) => [row.path, row.same])).toEqual([
      ['reopenRate.resolved', true],
      ['reopenRate.reopened', false],
      ['reopenRate.rate', false],
    ]);
    expect(rows[1]).toMatchObject({ figure: 'reopenRate', shown: 1, recomputed: 2 });
  });

  it('shows a number only one side has as a difference, never as equal', () => {
    const rows = compareFigures(
      {
        departmentResponse: {
          summoned: 1,
          onTime: 1,
          withdrawn: 0,
          rate: 1,
          byDepartment: [{ departmentId: 'a', summoned: 1, onTime: 1, withdrawn: 0, rate: 1 }],
        },
      },
      {
        departmentResponse: {
          summoned: 1,
          onTime: 1,
          withdrawn: 0,
          rate: 1,
          byDepartment: [{ departmentId: 'b', summoned: 1, onTime: 1, withdrawn: 0, rate: 1 }],
        },
      },
    );
    const different = rows.filter((row) => !row.same).map((row) => row.path);
    expect(different).toContain('departmentResponse.byDepartment[a].rate');
    expect(different).toContain('departmentResponse.byDepartment[b].rate');
    expect(rows.filter((row) => row.same)).toHaveLength(4);
  });
});
