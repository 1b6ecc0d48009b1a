import { describe, expect, it } from 'vitest';
import type { Scope } from '@gridline/events';
import { scopeContains, scopeExists, scopeWithin } from './directoryQueries.ts';
import {
  directoryOf,
  district,
  gridScope,
  ids,
  otherGrid,
  places,
} from './organisationExamples.ts';

const place = { streetId: ids.street, communityId: ids.community, gridId: ids.grid };
const directory = directoryOf(places);

describe('Whether a scope contains a place', () => {
  it.each<[string, Scope, boolean]>([
    ['the district', district, true],
    ['its street', { kind: 'street', id: ids.street }, true],
    ['another street', { kind: 'street', id: 'street-other' }, false],
    ['its community', { kind: 'community', id: ids.community }, true],
    ['another community', { kind: 'community', id: 'community-other' }, false],
    ['its grid', gridScope, true],
    ['a neighbouring grid', { kind: 'grid', id: otherGrid }, false],
    ['a department', { kind: 'department', id: ids.department }, false],
  ])('%s › %s', (_name, scope, contains) => {
    expect(scopeContains(scope, place)).toBe(contains);
  });
});

describe('Whether one scope lies within another', () => {
  const street = { kind: 'street', id: ids.street } as const;
  const community = { kind: 'community', id: ids.community } as const;
  const department = { kind: 'department', id: ids.department } as const;

  it.each<[string, Scope, Scope, boolean]>([
    ['a grid within its street', gridScope, street, true],
    ['a grid within its community', gridScope, community, true],
    ['a grid within itself', gridScope, gridScope, true],
    ['a grid not within a neighbouring grid', gridScope, { kind: 'grid', id: otherGrid }, false],
    ['an unknown grid not within any street', { kind: 'grid', id: 'grid-nowhere' }, street, false],
    ['a community within its street', community, street, true],
    ['a street not within a community', street, community, false],
    ['anything within the district', department, district, true],
    ['a street department within its street', department, street, true],
    ['a department not within a community', department, community, false],
  ])('%s', (_name, inner, outer, within) => {
    expect(scopeWithin(directory, inner, outer)).toBe(within);
  });
});

describe('Whether a scope exists', () => {
  it('knows the places and departments established, and always the district', () => {
    expect(scopeExists(directory, gridScope)).toBe(true);
    expect(scopeExists(directory, { kind: 'department', id: ids.department })).toBe(true);
    expect(scopeExists(directory, { kind: 'community', id: 'community-nowhere' })).toBe(false);
    expect(scopeExists(directory, district)).toBe(true);
  });
});
