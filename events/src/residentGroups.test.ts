import { describe, expect, it } from 'vitest';
import { eraseMaskedDataOf } from './personalDataMasking.ts';
import {
  residentGroupAt,
  residentGroupSchema,
  residentGroupSubjectSuffix,
} from './residentGroups.ts';

const dispute = {
  caseId: 'c1',
  description: '电话139****5678',
  parties: [
    { name: '欧****', phone: '139****5678', role: 'applicant' },
    { name: '司***', phone: '021****4321', role: 'respondent' },
  ],
} as never;

describe('Residents an erasure may name', () => {
  it('names the object a marked value sits in, as requests name it', () => {
    expect(residentGroupAt(['parties', 1, 'phone'])).toBe('parties[1]');
    expect(residentGroupAt(['reporter', 'name'])).toBe('reporter');
    expect(residentGroupAt(['welfareChecks', 12, 'residentName'])).toBe('welfareChecks[12]');
  });

  it('maps a group to the end of its key subjects', () => {
    expect(residentGroupSubjectSuffix('parties[1]')).toBe('#parties.1');
    expect(residentGroupSubjectSuffix('textNumbers')).toBe('#text');
  });

  it('accepts only the groups keys are made for', () => {
    for (const bad of ['parties[x]', 'parties[01]', 'parties', 'neighbour', 'reporter.name']) {
      expect(residentGroupSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('erases only the named group in a masked copy', () => {
    const erased = eraseMaskedDataOf('DisputeLogged', dispute, new Set(['parties[0]'])) as {
      description: string;
      parties: { name: string }[];
    };
    expect(erased.parties.map((party) => party.name)).toEqual(['[erased]', '司***']);
    expect(erased.description).toBe('电话139****5678');
    const all = eraseMaskedDataOf('DisputeLogged', dispute, 'all') as { description: string };
    expect(all.description).toBe('电话[erased]');
  });
});
