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

/** `items` over `count` groups, the costliest first, each to the group with the least so far. */
const spread = (items: readonly BulkBuildItem[], count: number, costs: PipelineCosts) => {
  const groups = Array.from({ length: count }, (_, index) => ({
    names: [] as string[],
    cost: count === 1 ? 0 : index === 0 ? costs.reading : costs.following,
  }));
  for (const item of [...items].sort((a, b) => b.cost - a.cost || a.name.localeCompare(b.name))) {
    const least = groups.reduce((best, group) => (group.cost < best.cost ? group : best));
    least.names.push(item.name);
    least.cost += item.cost;
  }
  const [reader, ...followers] = groups;
  const kept = [reader!, ...followers.filter((group) => group.names.length > 0)];
  return {
    groups: kept.map((group) => group.names),
    /** What the build takes: its costliest worker's share. */
    span: Math.max(...kept.map((group) => group.cost)),
  };
};

/**
 * Spreads read models over at most `workers` groups, the costliest first, each to the
 * group with the least so far. The first group's worker reads the log for every group
 * (`reading`), the others are sent its decoded batches (`following` each): reading once
 * costs a third of what each worker reading for itself did (docs/benchmarks.md). The
 * first group is always there, even if reading leaves it no read model of its own; then,
 * cores allowing, one worker more than read models gives each a follower of its own when
 * that makes the build shorter (the audit log and the figures together on one follower
 * take longer than the reading does).
 */
export const groupForPipeline = (
  items: readonly BulkBuildItem[],
  workers: number,
  costs: PipelineCosts,
): string[][] => {
  const fewest = spread(items, Math.max(1, Math.min(workers, items.length)), costs);
  if (items.length < 2 || workers <= items.length) return fewest.groups;
  const oneMore = spread(items, items.length + 1, costs);
  return oneMore.span < fewest.span ? oneMore.groups : fewest.groups;
};
