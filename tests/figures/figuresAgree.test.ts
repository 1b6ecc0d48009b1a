import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  dayMs,
  figureNames,
  figureReport,
  figureSources,
  figuresProjection,
  foldLog,
  logFigureBook,
  logPlaces,
  rankCommunities,
  readModelFigureBook,
  readModelPlaces,
  type FigureScope,
  type FigureSlice,
  type ProjectedEvent,
} from '@gridline/projections';
import { projectEvents } from '@gridline/projections/testing/projectionSpec.ts';
import { world } from './support/figureWorld.ts';
import { historyOf, historyStart, stepArbitrary } from './support/randomHistory.ts';

// The read model and the auditor's recomputation must agree, figure by figure, on any
// history the rules allow: random steps through the real decide functions make the
// histories, random slices (scope, window, source) ask the questions.

// More runs by hand: FIGURES_PROPERTY_RUNS=2000 npx vitest run figures/figuresAgree
const numRuns = Number(process.env['FIGURES_PROPERTY_RUNS'] ?? 200);

const scopes: FigureScope[] = [
  { kind: 'district' },
  ...world.streets.map((id) => ({ kind: 'street', id }) as const),
  ...world.communities.map(({ communityId: id }) => ({ kind: 'community', id }) as const),
  ...world.grids.map(({ gridId: id }) => ({ kind: 'grid', id }) as const),
];

const sliceArbitrary: fc.Arbitrary<FigureSlice> = fc
  .record({
    scope: fc.constantFrom(...scopes),
    source: fc.option(fc.constantFrom(...figureSources), { nil: null }),
    fromDay: fc.integer({ min: -10, max: 200 }),
    days: fc.integer({ min: 1, max: 120 }),
  })
  .map(({ scope, source, fromDay, days }) => {
    const from = historyStart.getTime() + fromDay * dayMs;
    return { scope, source, window: { from, to: from + days * dayMs } };
  });

/** Which kinds of event the histories held, to show that they exercise every figure. */
const seen = new Map<string, number>();
const tally = (events: readonly ProjectedEvent[]) => {
  for (const { event } of events) {
    const kind =
      event.type === 'ResolutionVerified' ? `ResolutionVerified:${event.data.outcome}` : event.type;
    seen.set(kind, (seen.get(kind) ?? 0) + 1);
  }
};

describe('The figures from the read model and from the events alone', () => {
  let runs = 0;
  afterAll(() => {
    console.log(
      `figures property: ${runs} runs; events seen: ${JSON.stringify(Object.fromEntries(seen))}`,
    );
  });

  it(
    'agree figure by figure on random valid histories, for any scope, window and source',
    () => {
      fc.assert(
        fc.property(
          fc.array(stepArbitrary, { minLength: 20, maxLength: 160, size: 'max' }),
          fc.array(sliceArbitrary, { minLength: 1, maxLength: 4 }),
          (steps, slices) => {
            runs += 1;
            const events = historyOf(steps);
            tally(events);
            const spec = projectEvents(figuresProjection, events);
            try {
              const readModel = readModelFigureBook(spec.db);
              const facts = foldLog(events);
              const recomputed = logFigureBook(facts);
              const everything = {
                from: historyStart.getTime() - 31 * dayMs,
                to: Date.parse('2027-12-31'),
              };
              for (const slice of [
                { scope: scopes[0]!, source: null, window: everything },
                ...slices,
              ]) {
                for (const name of figureNames) {
                  expect(readModel[name](slice), `${name} of ${JSON.stringify(slice)}`).toEqual(
                    recomputed[name](slice),
                  );
                }
              }
              const [first] = slices;
              const weeks = Array.from({ length: 5 }, (_, i) => ({
                from: first!.window.from + i * 7 * dayMs,
                to: first!.window.from + (i + 1) * 7 * dayMs,
              }));
              const query = { ...first!, figures: figureNames, weeks };
              expect(figureReport(readModel, query)).toEqual(figureReport(recomputed, query));
              expect(
                rankCommunities(readModel, readModelPlaces(spec.db), first!.scope, first!.window),
              ).toEqual(rankCommunities(recomputed, logPlaces(facts), first!.scope, first!.window));
            } finally {
              spec.db.close();
            }
          },
        ),
        { numRuns },
      );
      expect(runs).toBeGreaterThanOrEqual(numRuns);
      // Histories that never resolved, reopened or patrolled would prove little.
      for (const kind of [
        'IssueReported',
        'DisputeLogged',
        'CaseEscalated',
        'CaseReturned',
        'CaseResolved',
        'ResolutionVerified:failed',
        'CaseReopened',
        'ReturnVisitRecorded',
        'DeadlineExtended',
        'DepartmentReported',
        'SummonsWithdrawn',
        'InspectionRecorded',
        'ResidentMeetingHeld',
        'StaffUnassigned',
        'BuildingRegistered',
      ]) {
        expect(seen.get(kind) ?? 0, kind).toBeGreaterThan(0);
      }
    },
    Math.max(60_000, numRuns * 300),
  );
});
