/** A read model to build, and what its replay costs relative to the others. */
export interface BulkBuildItem {
  readonly name: string;
  readonly cost: number;
}

/**
 * What the workers' own parts of a build cost, in the read models' `replayCost` units:
 * reading, opening and decoding the log (and sending each batch on), done by one worker
 * for all; taking a batch in, done by each of the others.
 */
export interface PipelineCosts {
  readonly reading: number;
  readonly following: number;
}

/**
 * Spreads read models over at most `workers` groups, the costliest first, each to the
 * group with the least so far. The first group's worker reads the log for every group
 * (`reading`), the others are sent its decoded batches (`following` each): reading once
 * costs a third of what each worker reading for itself did (docs/benchmarks.md). The
 * first group is always there, even if reading leaves it no read model of its own.
 */
export const groupForPipeline = (
  items: readonly BulkBuildItem[],
  workers: number,
  costs: PipelineCosts,
): string[][] => {
  const count = Math.max(1, Math.min(workers, items.length));
  const groups = Array.from({ length: count }, (_, index) => ({
    names: [] as string[],
    cost: count === 1 ? 0 : index === 0 ? costs.reading : costs.following,
  }));
  for (const item of [...items].sort((a, b) => b.cost - a.cost || a.name.localeCompare(b.name))) {
    const least = groups.reduce((best, group) => (group.cost < best.cost ? group : best));
    least.names.push(item.name);
    least.cost += item.cost;
  }
  const [reader, ...followers] = groups.map((group) => group.names);
  return [reader!, ...followers.filter((names) => names.length > 0)];
};
