import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { eventTypes } from './catalogue.ts';
import { disputeLoggedV1Schema } from './case/caseOpening.ts';
import { personal } from './personalData.ts';
import { personalDataFields, personalDataPaths, personalDataPathsOf } from './personalDataPaths.ts';

describe('Personal data paths', () => {
  it("find the name, phone and ID number of DisputeLogged's parties", () => {
    expect(personalDataFields('DisputeLogged')).toEqual([
      { path: 'parties[].name', segments: ['parties', '[]', 'name'], kind: 'name' },
      { path: 'parties[].phone', segments: ['parties', '[]', 'phone'], kind: 'phone' },
      { path: 'parties[].idNumber', segments: ['parties', '[]', 'idNumber'], kind: 'id_number' },
    ]);
  });

  it('find the reporter of an issue and the respondent of a return visit', () => {
    expect(personalDataPaths('IssueReported')).toEqual(['reporter.name', 'reporter.phone']);
    expect(personalDataPaths('ReturnVisitRecorded')).toEqual([
      'respondent.name',
      'respondent.phone',
    ]);
  });

  it('find the residents looked in on during an inspection', () => {
    expect(personalDataPaths('InspectionRecorded')).toEqual(['welfareChecks[].residentName']);
  });

  it('find the fields of the stored v1 DisputeLogged too', () => {
    expect(personalDataPathsOf(disputeLoggedV1Schema).map(({ path }) => path)).toEqual([
      'partyNames[]',
      'phone',
    ]);
  });

  it('leave out staff names and every other field', () => {
    const all = eventTypes.flatMap((type) => personalDataPaths(type));
    expect(all).not.toContain('parties[].role');
    expect(all).not.toContain('title');
    expect(all).not.toContain('displayName');
    expect(all).not.toContain('mediatorName');
    expect(personalDataPaths('StaffAssigned')).toEqual([]);
    expect(personalDataPaths('CaseEscalated')).toEqual([]);
  });

  it('look inside unions, records, tuples and lazy schemas', () => {
    const phone = () => personal(z.string(), 'phone');
    const schema = z.object({
      either: z.union([z.object({ a: phone() }), z.object({ b: phone() })]),
      byKey: z.record(z.string(), phone()),
      pair: z.tuple([z.string(), phone()]),
      later: z.lazy(() => z.object({ c: phone() })),
    });
    expect(personalDataPathsOf(schema).map(({ path }) => path)).toEqual([
      'either.a',
      'either.b',
      'byKey{}',
      'pair[1]',
      'later.c',
    ]);
  });
});
