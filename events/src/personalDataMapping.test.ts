import { describe, expect, it } from 'vitest';
import { sampleEventData } from './fixtures/sampleEvents.ts';
import { mapPersonalData } from './personalDataMapping.ts';

const mask = (value: string) => '*'.repeat(value.length);

describe('mapPersonalData', () => {
  it('replaces every personal value of every party', () => {
    const masked = mapPersonalData('DisputeLogged', sampleEventData.DisputeLogged, mask);
    expect(masked.parties).toEqual([
      { name: '**', phone: '***********', idNumber: '******************', role: 'applicant' },
      { name: '**', role: 'respondent' },
    ]);
    expect(masked.title).toBe(sampleEventData.DisputeLogged.title);
  });

  it('leaves the input unchanged', () => {
    const before = structuredClone(sampleEventData.ReturnVisitRecorded);
    mapPersonalData('ReturnVisitRecorded', sampleEventData.ReturnVisitRecorded, mask);
    expect(sampleEventData.ReturnVisitRecorded).toEqual(before);
  });

  it('tells the replacer which field it is looking at', () => {
    const seen: string[] = [];
    mapPersonalData('IssueReported', sampleEventData.IssueReported, (value, field) => {
      seen.push(`${field.kind}:${field.path}`);
      return value;
    });
    expect(seen).toEqual(['name:reporter.name', 'phone:reporter.phone']);
  });

  it('skips optional personal fields that are absent', () => {
    const { reporter: _reporter, ...anonymous } = sampleEventData.IssueReported;
    expect(mapPersonalData('IssueReported', anonymous, mask)).toEqual(anonymous);
  });

  it('returns data without personal fields as it is', () => {
    const data = sampleEventData.CaseAccepted;
    expect(mapPersonalData('CaseAccepted', data, mask)).toBe(data);
  });
});
