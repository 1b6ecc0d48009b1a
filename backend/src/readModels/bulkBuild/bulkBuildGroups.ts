/** A read model to build, and what its replay costs relative to the others. */
export interface BulkBuildItem {
  readonly name: string;
  readonly cost: number;
}

/**
 * Spreads read models over at most `workers` groups, each read from the log once by one
 * worker: the costliest first, each to the group with the least so far.
 */
export const groupByCost = (items: readonly BulkBuildItem[], workers: number): string[][] => {
  const groups = Array.from({ length: Math.max(1, Math.min(workers, items.length)) }, () => ({
    names: [] as string[],
    cost: 0,
  }));
  for (const item of [...items].sort((a, b) => b.cost - a.cost || a.name.localeCompare(b.name))) {
    const least = groups.reduce((best, group) => (group.cost < best.cost ? group : best));
    least.names.push(item.name);
    least.cost += item.cost;
  }
  return groups.map((group) => group.names).filter((names) => names.length > 0);
};
