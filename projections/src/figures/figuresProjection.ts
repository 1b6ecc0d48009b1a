import type { CaseEvent } from '@gridline/events';
import type { Projection } from '../projection.ts';
import { caseFactChanges, figureCaseEventTypes } from './caseFactChanges.ts';
import { figurePlaceEventTypes, placeFactChanges } from './placeFactChanges.ts';
import { figuresTables } from './figuresTables.ts';

// 统计指标: the facts every figure of docs/figures.md is counted from, one row per fact.
// The figures themselves are aggregated when asked for (figuresQueries.ts), so a window,
// scope or source is a WHERE clause, not a table kept up to date for every combination.

const caseTypes: ReadonlySet<string> = new Set(figureCaseEventTypes);

export const figuresProjection: Projection = {
  name: 'figures',
  replayCost: 3.4,
  version: 2,
  eventTypes: [...figureCaseEventTypes, ...figurePlaceEventTypes],
  tables: figuresTables,
  project: (event, rows) =>
    caseTypes.has((event.event as CaseEvent).type)
      ? caseFactChanges(event, rows)
      : placeFactChanges(event, rows),
};
