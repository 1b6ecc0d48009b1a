import { sampleEvent } from '@gridline/events/fixtures/sampleEvents.ts';
import type { EventData, EventType, GridlineEvent } from '@gridline/events';
import { describe, expect, it } from 'vitest';
import type { ProjectedEvent } from '../projection.ts';
import { projectEvents, recorded } from '../testing/projectionSpec.ts';
import type { FigureName, FigureSlice } from './figureRequest.ts';
import type { FigureValues } from './figureResults.ts';
import { figuresProjection } from './figuresProjection.ts';
import { readModelFigureBook } from './figuresQueries.ts';
import { logFigureBook, foldLog } from './recompute/recomputeFigures.ts';

// The decisions of docs/figures.md "Exactly how each figure is counted", event by event,
// held against both computations: the read model and the recomputation from the log.

const june = (day: number, hour = 10) => new Date(Date.UTC(2026, 5, day, hour - 8)).toISOString();
const on = <Type extends EventType>(
  type: Type,
  at: string,
  changes: Partial<EventData<Type>> = {},
): ProjectedEvent =>
  recorded({ type, data: { ...sampleEvent(type).data, ...changes } } as GridlineEvent, {
    recordedAt: at,
  });

const inJune: FigureSlice = {
  scope: { kind: 'district' },
  source: null,
  window: { from: Date.parse(june(1, 0)), to: Date.parse('2026-06-30T16:00:00Z') },
};

const figure = <Name extends FigureName>(
  events: readonly ProjectedEvent[],
  name: Name,
  slice: FigureSlice = inJune,
): FigureValues[Name] => {
  const spec = projectEvents(figuresProjection, events);
  const fromReadModel = readModelFigureBook(spec.db)[name](slice);
  spec.db.close();
  expect(logFigureBook(foldLog(events))[name](slice)).toEqual(fromReadModel);
  return fromReadModel;
};

const opened = (caseId: string, day = 1, changes: Partial<EventData<'IssueReported'>> = {}) =>
  on('IssueReported', june(day), { caseId, ...changes });
const resolved = (caseId: string, day: number, changes: Partial<EventData<'CaseResolved'>> = {}) =>
  on('CaseResolved', june(day), { caseId, ...changes });

describe('The figures', () => {
  it('count a reopened case only once resolved again, with its latest resolution', () => {
    const history = [
      opened('C1'),
      resolved('C1', 2, { level: 'grid' }),
      on('CaseReopened', june(3), { caseId: 'C1' }),
    ];
    expect(figure(history, 'communityRetentionRate')).toEqual({
      resolved: 0,
      withinCommunity: 0,
      rate: null,
    });
    const again = [...history, resolved('C1', 4, { level: 'street' })];
    expect(figure(again, 'communityRetentionRate')).toEqual({
      resolved: 1,
      withinCommunity: 0,
      rate: 0,
    });
    expect(figure(again, 'reopenRate')).toEqual({ resolved: 1, reopened: 1, rate: 1 });
  });

  it('count a withdrawn case apart, in neither the resolved nor the rate', () => {
    const history = [
      opened('C1'),
      opened('C2'),
      resolved('C1', 2),
      resolved('C2', 2, { outcome: 'withdrawn' }),
    ];
    expect(figure(history, 'resolutionRate')).toEqual({
      opened: 2,
      resolved: 1,
      withdrawn: 1,
      rate: 1,
    });
  });

  it('hold a resolution to the deadline in force, and say whether it needed the extension', () => {
    const history = [
      opened('C1'),
      resolved('C1', 10, { deadlineInForce: june(12), originalDeadline: june(8) }),
      opened('C2'),
      resolved('C2', 10, { deadlineInForce: null, originalDeadline: null }),
    ];
    expect(figure(history, 'onTimeRate')).toEqual({
      resolved: 2,
      deadlineUnknown: 1,
      onTime: 1,
      onTimeWithoutExtension: 0,
      rate: 1,
      rateWithoutExtension: 0,
    });
  });

  it('call a case a repeat when the same building had the same kind of case within 30 days', () => {
    const history = [opened('C1', 1), opened('C2', 20), opened('C3', 25, { category: 'facility' })];
    expect(figure(history, 'repeatRate')).toEqual({ opened: 3, repeats: 1, rate: 0.3333 });
  });

  it('leave out a summons withdrawn in time, and count a late report as missed', () => {
    const reportBy = june(3);
    const history = [
      opened('C1'),
      on('DepartmentSummoned', june(2), {
        caseId: 'C1',
        lead: { departmentId: 'dept-a', reportBy },
        assisting: [{ departmentId: 'dept-b', reportBy }],
      }),
      on('DepartmentReported', june(4), { caseId: 'C1', departmentId: 'dept-a' }),
      on('SummonsWithdrawn', june(2, 12), { caseId: 'C1', departmentIds: ['dept-b'] }),
    ];
    expect(figure(history, 'departmentResponse')).toMatchObject({
      summoned: 1,
      onTime: 0,
      withdrawn: 1,
      rate: 0,
    });
  });

  it('take coverage at the window’s end, over the buildings registered by then', () => {
    const history = [
      on('CommunityEstablished', june(1, 1)),
      on('GridEstablished', june(1, 2)),
      on('InspectionRecorded', june(5), {
        buildingsVisited: [{ buildingId: 'building-ruiling-3', householdsVisited: 6 }],
      }),
      on('BuildingRegistered', june(20)),
    ];
    const coverage = (to: number) =>
      figure(history, 'inspectionCoverage', {
        ...inJune,
        window: { ...inJune.window, to: Date.parse(june(to)) },
      });
    expect(coverage(10).last7Days).toMatchObject({ buildings: 1, buildingsVisited: 1, rate: 1 });
    expect(coverage(13).last7Days).toMatchObject({ buildings: 1, buildingsVisited: 0, rate: 0 });
    expect(coverage(25).last30Days).toMatchObject({
      buildings: 2,
      buildingsVisited: 1,
      rate: 0.5,
      householdRate: 0.5714,
    });
  });
});
