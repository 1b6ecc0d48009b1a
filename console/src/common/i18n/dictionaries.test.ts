import { describe, expect, it } from 'vitest';
import { en } from './en/index.ts';
import { zhCN } from './zhCN/index.ts';

// Plural forms differ by language (English has _one, Chinese only _other): compare the keys
// without their plural suffix.
const keysOf = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value, `${prefix}${key}.`)
      : [`${prefix}${key.replace(/_(one|other)$/, '')}`],
  );

describe('When the console speaks Chinese or English', () => {
  it('has every label in both languages', () => {
    expect([...new Set(keysOf(en))].sort()).toEqual([...new Set(keysOf(zhCN))].sort());
  });
  it('leaves no label empty', () => {
    const empty = (tree: object): boolean =>
      Object.values(tree).some((value) =>
        typeof value === 'object' ? empty(value) : value === '',
      );
    expect(empty(zhCN) || empty(en)).toBe(false);
  });
});
