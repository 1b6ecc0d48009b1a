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
