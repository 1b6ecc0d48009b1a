import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, caseFileHash } from './caseFileHash.ts';

describe('When the console checks a case file’s hash', () => {
  it('writes canonical JSON: members sorted by name, no whitespace', () => {
    expect(canonicalJson({ b: [2, { d: 'x', c: null }], a: '赵*', A: true })).toBe(
      '{"A":true,"a":"赵*","b":[2,{"c":null,"d":"x"}]}',
    );
  });

  it('gives the SHA-256 of the UTF-8 bytes, as Node computes it', async () => {
    const file = { format: 'gridline.case-file/1', events: [{ data: { title: '楼道堆物' } }] };
    const expected = createHash('sha256').update(canonicalJson(file), 'utf8').digest('hex');
    expect(await caseFileHash(file)).toBe(expected);
  });

  it('changes when a single value of the file changes', async () => {
    const one = await caseFileHash({ revision: '3' });
    expect(await caseFileHash({ revision: '4' })).not.toBe(one);
  });
});
