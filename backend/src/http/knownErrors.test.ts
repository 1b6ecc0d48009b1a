import { describe, expect, it } from 'vitest';
import { WriteOutcomeUnknown } from '../application/writeOutcomeUnknown.ts';
import { knownErrorAsProblem } from './knownErrors.ts';

describe('Known errors as HTTP problems', () => {
  it('answers a write the store could not confirm with 503, telling the client to reload', () => {
    const problem = knownErrorAsProblem(new WriteOutcomeUnknown('case-c-1'));
    expect(problem).toMatchObject({ status: 503, title: 'Outcome unknown' });
    expect(problem?.message).toMatch(/Reload it and check/);
  });
});
