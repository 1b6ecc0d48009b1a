import { describe, expect, it } from 'vitest';
import { formatPhc, parsePhc } from './phcString.ts';

const reference =
  '$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc';

describe('parsePhc', () => {
  it('reads parameters, salt and hash', () => {
    const parsed = parsePhc(reference);
    expect(parsed?.parameters).toEqual({ memoryKiB: 65536, passes: 2, parallelism: 1 });
    expect(parsed?.salt.toString()).toBe('somesalt');
    expect(parsed?.hash.toString('hex')).toBe(
      '09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7',
    );
  });

  it('writes back exactly what it read', () => {
    const parsed = parsePhc(reference);
    expect(parsed && formatPhc(parsed)).toBe(reference);
  });

  it('refuses parameters that would make one sign-in hog the server', () => {
    expect(parsePhc(reference.replace('m=65536', 'm=8388608'))).toBeUndefined();
    expect(parsePhc(reference.replace('t=2', 't=500'))).toBeUndefined();
    expect(parsePhc(reference.replace('p=1', 'p=0'))).toBeUndefined();
  });
});
