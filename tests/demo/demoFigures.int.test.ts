import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dayMs,
  figureNames,
  figureSources,
  figuresProjection,
  foldLog,
  logFigureBook,
  readModelFigureBook,
  type FigureBook,
  type FigureScope,
  type FigureSlice,
  type ProjectedEvent,
} from '@gridline/projections';
import {
  projectEvents,
  type ProjectionSpec,
} from '@gridline/projections/testing/projectionSpec.ts';
import { decodeRecorded } from '@gridline/backend/readModels/decodeRecorded.ts';
import { demoStart, generateInto, type GeneratedDemo } from './demoHarness.ts';

// The demo district's figures, from the read model and recomputed from its log: equal
// for every place, month, week and source — and not trivially so, since the demo
// resolves, visits, summons, patrols and meets.

describe("The demo district's figures", () => {
  let demo: GeneratedDemo;
  let spec: ProjectionSpec;
  let readModel: FigureBook;
  let recomputed: FigureBook;
  beforeAll(async () => {
    demo = await generateInto(23);
    const events: ProjectedEvent[] = demo.events.map(decodeRecorded);
    spec = projectEvents(figuresProjection, events);
    readModel = readModelFigureBook(spec.db);
    recomputed = logFigureBook(foldLog(events));
  }, 120_000);
  afterAll(async () => {
    spec?.db.close();
    await demo?.close();
  });

  const places = (): FigureScope[] => {
    const streets = demo.demo.district.streets;
    return [
      { kind: 'district' },
      ...streets.map(({ streetId }) => ({ kind: 'street', id: streetId }) as const),
      ...streets.flatMap((street) =>
        street.communities.flatMap((community) => [
          { kind: 'community', id: community.communityId } as const,
          ...community.grids
            .slice(0, 2)
            .map((grid) => ({ kind: 'grid', id: grid.gridId }) as const),
        ]),
      ),
    ];
  };
  const months = [0, 1, 2].map((month) => {
    const from = Date.UTC(2026, 2 + month, 1) - 8 * 3_600_000;
    return { from, to: Date.UTC(2026, 3 + month, 1) - 8 * 3_600_000 };
  });
  const weeks = Array.from({ length: 9 }, (_, week) => ({
    from: demoStart.getTime() + week * 7 * dayMs,
    to: demoStart.getTime() + (week + 1) * 7 * dayMs,
  }));

  it('agree between the read model and the log, figure by figure', () => {
    const slices: FigureSlice[] = [
      ...places().flatMap((scope) => months.map((window) => ({ scope, window, source: null }))),
      ...weeks.map((window) => ({ scope: { kind: 'district' } as const, window, source: null })),
      ...figureSources.map((source) => ({
        scope: { kind: 'district' } as const,
        window: months[0]!,
        source,
      })),
    ];
    for (const slice of slices) {
      for (const name of figureNames) {
        expect(readModel[name](slice), `${name} of ${JSON.stringify(slice)}`).toEqual(
          recomputed[name](slice),
        );
      }
    }
  });

  it('count what the demo did', () => {
    const all = {
      scope: { kind: 'district' } as const,
      source: null,
      window: { from: months[0]!.from, to: demo.demo.end.getTime() },
    };
    expect(readModel.communityRetentionRate(all).resolved).toBeGreaterThan(10);
    expect(readModel.satisfactionRate(all).visits).toBeGreaterThan(0);
    expect(readModel.departmentResponse(all).summoned).toBeGreaterThan(0);
    expect(readModel.inspectionCoverage(all).last30Days.buildingsVisited).toBeGreaterThan(0);
    expect(readModel.residentMeetings(all).mattersCollected).toBeGreaterThan(0);
    expect(readModel.proactiveDiscoveryRate(all).fromPatrols).toBeGreaterThan(0);
    expect(readModel.escalationFunnel(all).street).toBeGreaterThan(0);
  });
});
