import { describe, expect, it } from 'vitest';
import { returnPathFrom, signInPathReturningTo } from '../session/signInPath.ts';
import { ApiProblem, fieldPath, problemKind } from './apiProblem.ts';
import { retryKeys } from './retryKeys.ts';

describe('When the server refuses a request', () => {
  it('names the form field of each refused input', () => {
    expect(fieldPath('parties[0].phone')).toEqual(['parties', 0, 'phone']);
    expect(fieldPath('title')).toEqual(['title']);
  });
  it('keeps the field problems and the extra members', () => {
    const problem = new ApiProblem(400, 'Bad request', 'title: blank', {
      errors: [{ field: 'title', message: 'must not be blank' }, { nonsense: true }],
      currentRevision: '4',
    });
    expect(problem.fieldProblems).toEqual([{ field: 'title', message: 'must not be blank' }]);
    expect(problem.extra['currentRevision']).toBe('4');
  });
  it('tells a refusal from a failure', () => {
    expect(problemKind(new ApiProblem(403, 'Forbidden', ''))).toBe('forbidden');
    expect(problemKind(new ApiProblem(409, 'Conflict', ''))).toBe('conflict');
    expect(problemKind(new ApiProblem(0, 'Network error', ''))).toBe('network');
    expect(problemKind(new ApiProblem(502, 'Bad gateway', ''))).toBe('server');
  });
});

describe('When a request is sent again', () => {
  let n = 0;
  const keys = () => retryKeys(() => `key-${++n}`);
  it('reuses the key when no answer came for the same body', () => {
    const attempt = keys();
    const first = attempt.keyFor({ a: 1 });
    attempt.settled(new ApiProblem(0, 'Network error', ''));
    expect(attempt.keyFor({ a: 1 })).toBe(first);
  });
  it('takes a new key for a changed body or after a refusal', () => {
    const attempt = keys();
    const first = attempt.keyFor({ a: 1 });
    attempt.settled(new ApiProblem(0, 'Network error', ''));
    expect(attempt.keyFor({ a: 2 })).not.toBe(first);
    attempt.settled(new ApiProblem(400, 'Bad request', ''));
    expect(attempt.keyFor({ a: 2 })).not.toBe(first);
  });
});

describe('When a session ends on a page', () => {
  it('sends the person to sign in and back to that page', () => {
    expect(signInPathReturningTo('/cases/abc?x=1')).toBe('/sign-in?next=%2Fcases%2Fabc%3Fx%3D1');
    expect(returnPathFrom('?next=%2Fcases%2Fabc')).toBe('/cases/abc');
  });
  it('never sends them to another site', () => {
    expect(returnPathFrom('?next=%2F%2Fevil.example')).toBe('/');
    expect(returnPathFrom('?next=https%3A%2F%2Fevil.example')).toBe('/');
  });
});
