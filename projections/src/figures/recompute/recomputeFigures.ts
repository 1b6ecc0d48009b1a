import type { ProjectedEvent } from '../../projection.ts';
import type { FigurePlaces } from '../figurePlaces.ts';
import type { FiguresQuery } from '../figureRequest.ts';
import type { FigureBook } from '../figureResults.ts';
import { figureReport, type FigureReport } from '../figureSeries.ts';
import { emptyLogFacts, foldEvent, type LogFacts } from './logFacts.ts';
import { logCaseFigures } from './logCaseFigures.ts';
import { logPlaceFigures } from './logPlaceFigures.ts';
import { placeOfKey } from './placeFacts.ts';

// The auditor's recomputation: the figures from the events alone, up to whatever position
// the caller stopped feeding them at, with no read model involved.

/** Folds the events, oldest first. */
export const foldLog = (events: Iterable<ProjectedEvent>): LogFacts => {
  const facts = emptyLogFacts();
  for (const event of events) foldEvent(facts, event);
  return facts;
};

export const logFigureBook = (facts: LogFacts): FigureBook => ({
  ...logCaseFigures(facts),
  ...logPlaceFigures(facts),
});

export const logPlaces = (facts: LogFacts): FigurePlaces => ({
  placeOf: (kind, id) => facts.places.get(placeOfKey(kind, id)),
  communities: () =>
    [...facts.places.values()]
      .filter((place) => place.kind === 'community')
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
});

/** Every figure the query asks for, from the events given. */
export const recomputeFigures = (
  events: Iterable<ProjectedEvent>,
  query: FiguresQuery,
): FigureReport => figureReport(logFigureBook(foldLog(events)), query);

export { emptyLogFacts, foldEvent, type LogFacts } from './logFacts.ts';
