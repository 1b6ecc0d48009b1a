import { describe, expect, it } from 'vitest';
import { historyAfterDispatch } from '../../testing/caseFixtures.ts';
import { describeEntry } from './describeEntry.ts';

describe('When the timeline tells a case’s history', () => {
  it('names the step, who it went to, and the words the person gave', () => {
    const [logged, dispatched] = historyAfterDispatch;
    expect(describeEntry(logged!)).toEqual({
      what: 'timeline.what.DisputeLogged',
      values: {},
      why: '楼上噪音',
    });
    expect(describeEntry(dispatched!)).toEqual({
      what: 'timeline.what.CaseAssigned',
      values: { personId: 'worker-ruiyiyuan-g01-1' },
      why: null,
    });
  });
});

describe('When the timeline tells of a summons', () => {
  it('names the lead and, when there are any, the assisting departments', () => {
    const [logged] = historyAfterDispatch;
    const summoned = (assisting: string[]) => ({
      ...logged!,
      type: 'DepartmentSummoned' as const,
      data: {
        caseId: 'c',
        summonsId: 's',
        lead: { departmentId: 'ruijing-judicial', reportBy: '2026-12-01T00:00:00.000Z' },
        assisting: assisting.map((departmentId) => ({
          departmentId,
          reportBy: '2026-12-01T00:00:00.000Z',
        })),
        urgent: false,
        request: '请到场',
        level: 'street' as const,
      },
    });
    expect(describeEntry(summoned(['ruijing-police', 'ruijing-market']))).toEqual({
      what: 'timeline.what.DepartmentSummonedWithAssisting',
      values: { departmentId: 'ruijing-judicial', departmentIds: 'ruijing-police,ruijing-market' },
      why: '请到场',
    });
    expect(describeEntry(summoned([])).what).toBe('timeline.what.DepartmentSummoned');
  });
});
