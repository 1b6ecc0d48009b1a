import type { Level } from '@gridline/events';
import { dayMs, figureLevels, type FigureSlice } from '../figureRequest.ts';
import { rateOf, resolutionTimes, type FigureBook } from '../figureResults.ts';
import type { CaseRecord, LogFacts } from './logFacts.ts';
import { casesOf, resolvedIn, standingResolution, within } from './logSlices.ts';

// The figures about cases, counted from the folded log (the read model's counterpart is
// caseFigureQueries.ts and aftercareFigureQueries.ts).

type CaseFigureBook = Pick<
  FigureBook,
  | 'communityRetentionRate'
  | 'streetRetentionRate'
  | 'resolutionRate'
  | 'onTimeRate'
  | 'timeToResolve'
  | 'escalationFunnel'
  | 'repeatRate'
  | 'proactiveDiscoveryRate'
  | 'satisfactionRate'
  | 'reopenRate'
  | 'returns'
>;

const count = <Item>(items: readonly Item[], test: (item: Item) => boolean): number =>
  items.filter(test).length;

export const logCaseFigures = (facts: LogFacts): CaseFigureBook => {
  const opened = (slice: FigureSlice) =>
    casesOf(facts, slice).filter((record) => within(record.openedAt, slice.window));
  const resolved = (slice: FigureSlice) =>
    casesOf(facts, slice).flatMap((record) => {
      const resolution = resolvedIn(record, slice.window);
      return resolution ? [{ record, resolution }] : [];
    });
  const settled = (record: CaseRecord, withdrawn: boolean) => {
    const resolution = standingResolution(record);
    return resolution !== undefined && (resolution.outcome === 'withdrawn') === withdrawn;
  };
  const byPlaceAndTopic = new Map<string, CaseRecord[]>();
  for (const record of facts.cases.values()) {
    if (record.buildingId === null) continue;
    const key = `${record.buildingId} ${record.topic}`;
    byPlaceAndTopic.set(key, [...(byPlaceAndTopic.get(key) ?? []), record]);
  }
  const isRepeat = (record: CaseRecord) =>
    record.buildingId !== null &&
    (byPlaceAndTopic.get(`${record.buildingId} ${record.topic}`) ?? []).some(
      (earlier) =>
        earlier.openedPosition < record.openedPosition &&
        earlier.openedAt >= record.openedAt - 30 * dayMs,
    );

  return {
    communityRetentionRate: (slice) => {
      const all = resolved(slice);
      const within = count(all, ({ resolution }) =>
        ['grid', 'community'].includes(resolution.level),
      );
      return { resolved: all.length, withinCommunity: within, rate: rateOf(within, all.length) };
    },
    streetRetentionRate: (slice) => {
      const all = resolved(slice);
      const within = count(all, ({ resolution }) => resolution.level !== 'department');
      return { resolved: all.length, withinStreet: within, rate: rateOf(within, all.length) };
    },
    resolutionRate: (slice) => {
      const cohort = opened(slice);
      const done = count(cohort, (record) => settled(record, false));
      const withdrawn = count(cohort, (record) => settled(record, true));
      return {
        opened: cohort.length,
        resolved: done,
        withdrawn,
        rate: rateOf(done, cohort.length - withdrawn),
      };
    },
    onTimeRate: (slice) => {
      const all = resolved(slice).map(({ resolution }) => resolution);
      const unknown = count(all, (r) => r.deadlineInForce === null);
      const onTime = count(all, (r) => r.deadlineInForce !== null && r.at <= r.deadlineInForce);
      const original = count(all, (r) => r.originalDeadline !== null && r.at <= r.originalDeadline);
      return {
        resolved: all.length,
        deadlineUnknown: unknown,
        onTime,
        onTimeWithoutExtension: original,
        rate: rateOf(onTime, all.length - unknown),
        rateWithoutExtension: rateOf(original, all.length - unknown),
      };
    },
    timeToResolve: (slice) => {
      const all = resolved(slice);
      const took = (level?: Level) =>
        all
          .filter(({ resolution }) => level === undefined || resolution.level === level)
          .map(({ record, resolution }) => resolution.at - record.openedAt);
      return {
        all: resolutionTimes(took()),
        grid: resolutionTimes(took('grid')),
        community: resolutionTimes(took('community')),
        street: resolutionTimes(took('street')),
        department: resolutionTimes(took('department')),
      };
    },
    escalationFunnel: (slice) => {
      const cohort = opened(slice);
      return Object.fromEntries(
        figureLevels.map((level) => [level, count(cohort, (r) => r.levelsReached.has(level))]),
      ) as Record<Level, number>;
    },
    repeatRate: (slice) => {
      const cohort = opened(slice);
      const repeats = count(cohort, isRepeat);
      return { opened: cohort.length, repeats, rate: rateOf(repeats, cohort.length) };
    },
    proactiveDiscoveryRate: (slice) => {
      const cohort = opened(slice);
      const fromPatrols = count(cohort, (record) => record.source === 'inspection');
      return { opened: cohort.length, fromPatrols, rate: rateOf(fromPatrols, cohort.length) };
    },
    satisfactionRate: (slice) => {
      const ratings = casesOf(facts, slice).flatMap((record) =>
        record.visits.filter((visit) => within(visit.at, slice.window)).map((v) => v.rating),
      );
      const satisfied = count(ratings, (rating) => rating === 'satisfied');
      const basicallySatisfied = count(ratings, (rating) => rating === 'basically_satisfied');
      return {
        visits: ratings.length,
        satisfied,
        basicallySatisfied,
        unsatisfied: count(ratings, (rating) => rating === 'unsatisfied'),
        rate: rateOf(satisfied + basicallySatisfied, ratings.length),
      };
    },
    reopenRate: (slice) => {
      const firsts = casesOf(facts, slice).flatMap((record) => {
        const first = record.resolutions.find(
          (r) => r.outcome !== 'withdrawn' && within(r.at, slice.window),
        );
        return first ? [{ record, first }] : [];
      });
      const reopened = count(firsts, ({ record, first }) =>
        record.reopens.some((position) => position > first.position),
      );
      return { resolved: firsts.length, reopened, rate: rateOf(reopened, firsts.length) };
    },
    returns: (slice) => {
      const levels = casesOf(facts, slice).flatMap((record) =>
        record.returns.filter((r) => within(r.at, slice.window)).map((r) => r.fromLevel),
      );
      const [community, street, department] = (['community', 'street', 'department'] as const).map(
        (level) => count(levels, (from) => from === level),
      ) as [number, number, number];
      return { community, street, department, total: levels.length };
    },
  };
};
