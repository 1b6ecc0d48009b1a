import { describe, expect, it } from 'vitest';
import { sampleEvent } from './fixtures/sampleEvents.ts';
import { maskPersonalData, maskPersonalValue } from './personalDataMasking.ts';

describe('Masking personal values', () => {
  it('keeps the family name of a name', () => {
    expect(maskPersonalValue('赵敏', 'name')).toBe('赵*');
    expect(maskPersonalValue('欧阳娜娜', 'name')).toBe('欧***');
    expect(maskPersonalValue('赵', 'name')).toBe('*');
  });

  it('keeps the first three and last four digits of a phone number', () => {
    expect(maskPersonalValue('13800138000', 'phone')).toBe('138****8000');
    expect(maskPersonalValue('12345', 'phone')).toBe('*****');
  });

  it('hides all but the first three and last four characters of an ID number', () => {
    expect(maskPersonalValue('110101199003071234', 'id_number')).toBe('110***********1234');
  });
});

describe("Masking an event's personal data", () => {
  it('masks every marked field of a case event and leaves the rest alone', () => {
    const { data } = sampleEvent('DisputeLogged');
    const masked = maskPersonalData('DisputeLogged', data);
    expect(masked.parties).toEqual([
      { name: '赵*', phone: '138****8000', idNumber: '110***********1234', role: 'applicant' },
      { name: '钱*', role: 'respondent' },
    ]);
    expect({ ...masked, parties: data.parties }).toEqual(data);
  });

  it('masks residents named outside cases too, such as on a patrol’s welfare checks', () => {
    const { data } = sampleEvent('InspectionRecorded');
    const masked = maskPersonalData('InspectionRecorded', data);
    expect(masked.welfareChecks.map((check) => check.residentName)).toEqual(['周**']);
  });

  it('changes nothing in an event with no personal data', () => {
    const { data } = sampleEvent('CaseAssigned');
    expect(maskPersonalData('CaseAssigned', data)).toEqual(data);
  });
});
