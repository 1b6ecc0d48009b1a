import {
  dayMs,
  figureNames,
  figureReport,
  foldLog,
  logFigureBook,
  readModelFigureBook,
} from '@gridline/projections';
import { decodeRecorded } from '@gridline/backend/readModels/decodeRecorded.ts';
import { startReadModels } from '@gridline/backend/readModels/startReadModels.ts';
import { lastPositionOf } from '@gridline/backend/readModels/storeHead.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStart, generateInto, type GeneratedDemo } from '../demo/demoHarness.ts';

// With a demo district loaded, the figures the console reads from the read model equal the
// auditor's recomputation from the log, figure by figure, for the district and each street,
// over the whole window and week by week.

describe('The figures of a generated demo district', () => {
  let demo: GeneratedDemo;
  beforeAll(async () => {
    demo = await generateInto(11);
  }, 120_000);
  afterAll(() => demo.close());

  it('equal the recomputation from the events, for every figure and week', async () => {
    const runner = await startReadModels(demo.store, demo.dataDir, () => {});
    try {
      const head = (await lastPositionOf(demo.store))!;
      expect(await runner.waitFor(head, { timeoutMs: 60_000 })).toBe(true);
      const readModel = readModelFigureBook(runner.database('figures'));
      const recomputed = logFigureBook(foldLog(demo.events.map(decodeRecorded)));
      const from = demoStart.getTime();
      const weeks = Array.from({ length: 26 }, (_, week) => ({
        from: from + week * 7 * dayMs,
        to: from + (week + 1) * 7 * dayMs,
      }));
      const streets = [
        ...new Set(
          demo.events.flatMap((event) =>
            event.type === 'StreetEstablished'
              ? [(event.data as { streetId: string }).streetId]
              : [],
          ),
        ),
      ];
      for (const scope of [
        { kind: 'district' as const },
        ...streets.map((id) => ({ kind: 'street' as const, id })),
      ]) {
        const query = {
          scope,
          source: null,
          window: { from, to: from + 183 * dayMs },
          figures: figureNames,
          weeks,
        };
        expect(figureReport(readModel, query)).toEqual(figureReport(recomputed, query));
      }
      const resolved = figureReport(readModel, {
        scope: { kind: 'district' },
        source: null,
        window: { from, to: from + 183 * dayMs },
        figures: figureNames,
        weeks: null,
      });
      // A district with nothing resolved would prove little.
      expect(JSON.stringify(resolved.figures)).toMatch(/"resolved":[1-9]/);
    } finally {
      await runner.stop();
    }
  }, 120_000);
});
