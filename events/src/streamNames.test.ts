import { describe, expect, it } from 'vitest';
import {
  caseStream,
  caseStreamPrefix,
  inspectionStream,
  orgStream,
  parseStreamName,
  streamName,
} from './streamNames.ts';

describe('Stream names', () => {
  it('prefix the id with the stream kind', () => {
    expect(caseStream('C-20240603-0001')).toBe('case-C-20240603-0001');
    expect(inspectionStream('I-7')).toBe('inspection-I-7');
    expect(orgStream('grid-ruiling-03')).toBe('org-grid-ruiling-03');
    expect(caseStreamPrefix).toBe('case-');
  });

  it.each([
    ['case', 'C-1'],
    ['inspection', 'a:b_c-d'],
    ['organisation', 'street-heping'],
  ] as const)('read back a %s stream with id %s', (kind, id) => {
    expect(parseStreamName(streamName(kind, id))).toEqual({ kind, id });
  });

  it('keep dashes of the id after the prefix', () => {
    expect(parseStreamName('case-case-1')).toEqual({ kind: 'case', id: 'case-1' });
  });

  it.each([
    'case-',
    'cases-1',
    'org',
    '$all',
    'inspection-a b',
    'user-1',
    `case-${'x'.repeat(65)}`,
  ])('do not read %j as one of ours', (name) => {
    expect(parseStreamName(name)).toBeUndefined();
  });

  it.each(['', 'a/b', 'a b', 'x'.repeat(65)])('refuse the id %j', (id) => {
    expect(() => caseStream(id)).toThrow(RangeError);
  });
});
