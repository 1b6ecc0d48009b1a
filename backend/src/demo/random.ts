// The demo district's only source of chance: a seeded generator, so one seed always tells
// the same story. Never Math.random here.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of the entries, each as likely as its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** `count` distinct items in random order (all of them if there are fewer). */
  sample<T>(items: readonly T[], count: number): T[];
  /** An independent generator for one purpose, so adding draws elsewhere leaves it alone. */
  fork(label: string): Random;
}

/** mulberry32: tiny, fast, and good enough for stories (not for secrets). */
const mulberry32 = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

/** FNV-1a over the text: a 32-bit seed for a label. */
const hash32 = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
};

export const createRandom = (seed: number | string): Random => {
  const root = String(seed);
  const next = mulberry32(hash32(root));
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('Cannot pick from nothing');
      return items[int(0, items.length - 1)]!;
    },
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let left = next() * total;
      for (const [item, weight] of entries) {
        left -= weight;
        if (left < 0) return item;
      }
      const last = entries.at(-1);
      if (!last) throw new RangeError('Cannot pick from nothing');
      return last[0];
    },
    sample: (items, count) => {
      const pool = [...items];
      for (let index = pool.length - 1; index > 0; index -= 1) {
        const other = int(0, index);
        [pool[index], pool[other]] = [pool[other]!, pool[index]!];
      }
      return pool.slice(0, count);
    },
    fork: (label) => createRandom(`${root}/${label}`),
  };
};

/**
 * `random.weighted(entries)` for many draws from the same entries with whole-number
 * weights: a binary search over running totals instead of a walk over every entry, so a
 * district of 14,000 grids costs each of its cases a few steps, not 14,000. The same draw
 * picks the same entry: with whole-number weights the walk's subtractions are exact until
 * the one that goes below zero, so it stops at the first running total above the draw.
 */
export const weightedPicker = <T>(entries: readonly (readonly [T, number])[]) => {
  if (entries.length === 0) throw new RangeError('Cannot pick from nothing');
  if (!entries.every(([, weight]) => Number.isSafeInteger(weight) && weight >= 0)) {
    throw new RangeError('weightedPicker takes whole-number weights');
  }
  const totals: number[] = [];
  let total = 0;
  for (const [, weight] of entries) totals.push((total += weight));
  return (random: Random): T => {
    const drawn = random.next() * total;
    let low = 0;
    let high = entries.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (totals[middle]! > drawn) high = middle;
      else low = middle + 1;
    }
    return entries[low]![0];
  };
};
