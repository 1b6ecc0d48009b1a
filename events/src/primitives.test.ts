import { describe, expect, it } from 'vitest';
import { idSchema, longTextSchema, nameSchema, timestampSchema } from './primitives.ts';

describe('Shared field schemas', () => {
  it.each(['C-20240603-0001', 'a', 'grid:ruiling_03', 'x'.repeat(64)])('accept the id %j', (id) => {
    expect(idSchema.safeParse(id).success).toBe(true);
  });

  it.each(['', 'a b', 'a/b', 'a.b', '网格', 'x'.repeat(65)])('refuse the id %j', (id) => {
    expect(idSchema.safeParse(id).success).toBe(false);
  });

  it.each(['2024-06-03T09:12:00+08:00', '2024-06-03T01:12:00Z', '2024-06-03T09:12:00.250+08:00'])(
    'accept the timestamp %s',
    (value) => {
      expect(timestampSchema.safeParse(value).success).toBe(true);
    },
  );

  it.each(['2024-06-03T09:12:00', '2024-06-03', '2024-06-03 09:12:00+08:00'])(
    'refuse the timestamp %s without an offset or in another form',
    (value) => {
      expect(timestampSchema.safeParse(value).success).toBe(false);
    },
  );

  it('bound names at 100 characters and long text at 4000', () => {
    expect(nameSchema.safeParse('名'.repeat(100)).success).toBe(true);
    expect(nameSchema.safeParse('名'.repeat(101)).success).toBe(false);
    expect(longTextSchema.safeParse('x'.repeat(4000)).success).toBe(true);
    expect(longTextSchema.safeParse('x'.repeat(4001)).success).toBe(false);
  });

  it('refuse blank text', () => {
    expect(nameSchema.safeParse(' \n ').success).toBe(false);
  });
});
