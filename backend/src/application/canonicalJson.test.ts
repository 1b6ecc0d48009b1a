import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson.ts';

describe('Canonical JSON (RFC 8785)', () => {
  it('sorts members at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: [{ z: 1, a: '二' }], a: null, c: { y: true, x: false } })).toBe(
      '{"a":null,"b":[{"a":"二","z":1}],"c":{"x":false,"y":true}}',
    );
  });

  it('sorts names by UTF-16 code units, as RFC 8785 asks', () => {
    // U+FB33 sorts after U+1D11E's first code unit (U+D834), though its code point is lower.
    expect(canonicalJson({ '\ufb33': 1, '\u{1d11e}': 2, a: 3 })).toBe(
      '{"a":3,"\u{1d11e}":2,"\ufb33":1}',
    );
  });

  it('leaves out members with no value, as JSON does, and gives the same text for equal values', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(canonicalJson(JSON.parse('{"y":[1,2],"x":"\\u0041"}'))).toBe(
      canonicalJson({ x: 'A', y: [1, 2] }),
    );
  });
});
