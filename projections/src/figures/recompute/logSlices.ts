import type { FigureScope, FigureSlice, TimeWindow } from '../figureRequest.ts';
import type { CaseRecord, LogFacts, Whereabouts } from './logFacts.ts';

// Which folded facts a slice takes in, and which of a case's resolutions stands.

export const within = (at: number, { from, to }: TimeWindow): boolean => at >= from && at < to;

export const inScope = (scope: FigureScope, where: Partial<Whereabouts>): boolean => {
  switch (scope.kind) {
    case 'district':
      return true;
    case 'street':
      return where.streetId === scope.id;
    case 'community':
      return where.communityId === scope.id;
    case 'grid':
      return where.gridId === scope.id;
  }
};

export const caseInSlice = (record: CaseRecord, { scope, source }: FigureSlice): boolean =>
  inScope(scope, record) && (source === null || record.source === source);

/** The cases of the slice's scope and source. */
export const casesOf = (facts: LogFacts, slice: FigureSlice): CaseRecord[] =>
  [...facts.cases.values()].filter((record) => caseInSlice(record, slice));

/** The latest resolution, unless a reopen or a failed check came after it. */
export const standingResolution = (record: CaseRecord) => {
  const latest = record.resolutions.at(-1);
  if (!latest || record.takenBack.some((position) => position > latest.position)) return undefined;
  return latest;
};

/** Resolved in the window: its standing resolution was recorded then, and was no withdrawal. */
export const resolvedIn = (record: CaseRecord, window: TimeWindow) => {
  const resolution = standingResolution(record);
  return resolution && resolution.outcome !== 'withdrawn' && within(resolution.at, window)
    ? resolution
    : undefined;
};
