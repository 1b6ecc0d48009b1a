import { sampleEvent, sampleIds } from '@gridline/events/fixtures/sampleEvents.ts';
import type { DepartmentSummoned } from '@gridline/events';
import { describe, expect, it } from 'vitest';
import type { ReadScope } from '../readScope.ts';
import { projectEvents, recorded } from '../testing/projectionSpec.ts';
import { departmentResponses } from './departmentResponse.ts';
import { summonsProjection } from './summonsProjection.ts';
import { listSummonses, summonsSorts, type SummonsFilters } from './summonsQueries.ts';

// Summonses from events: a row per department summoned, closed by its report or by a
// withdrawal, scoped by the case's place or, for a liaison, by the department.

const police = sampleIds.department;
const urban = sampleIds.assistingDepartment;
const at = (hour: string) => `2024-06-05T${hour}:00.000Z`;

const opened = recorded(sampleEvent('DisputeLogged'), { recordedAt: at('01:00') });
const summon = (summonsId: string, reportBy: string, recordedAt: string) => {
  const event = sampleEvent('DepartmentSummoned');
  const data: DepartmentSummoned = {
    ...event.data,
    summonsId,
    lead: { departmentId: police, reportBy },
    assisting: [{ departmentId: urban, reportBy }],
  };
  return recorded({ ...event, data }, { recordedAt });
};
const report = (summonsId: string, departmentId: string, recordedAt: string) => {
  const event = sampleEvent('DepartmentReported');
  return recorded({ ...event, data: { ...event.data, summonsId, departmentId } }, { recordedAt });
};
const withdraw = (summonsId: string, departmentId: string, recordedAt: string) => {
  const event = sampleEvent('SummonsWithdrawn');
  return recorded(
    { ...event, data: { ...event.data, summonsId, departmentIds: [departmentId] } },
    { recordedAt },
  );
};

// S-1: police reports on time, urban management is let off. S-2: police reports late,
// urban management still owes its report, now overdue.
const spec = projectEvents(summonsProjection, [
  opened,
  summon('S-1', at('02:30'), at('02:00')),
  report('S-1', police, at('02:20')),
  withdraw('S-1', urban, at('02:25')),
  summon('S-2', at('03:30'), at('03:00')),
  report('S-2', police, at('04:00')),
]);
const now = new Date(at('05:00'));

const list = (filters: SummonsFilters, scope: ReadScope = { kind: 'district' }) =>
  listSummonses(spec.db, {
    scope,
    filters,
    now,
    sort: { column: summonsSorts.reportBy, direction: 'asc' },
    cursor: null,
    limit: 50,
  }).items;

describe('The department summons read model', () => {
  it('keeps a row per department summoned, with its role, deadline and the case’s title', () => {
    expect(
      list({ case: sampleIds.case }).map((s) => [s.summonsId, s.departmentId, s.role]),
    ).toEqual([
      ['S-1', police, 'lead'],
      ['S-1', urban, 'assisting'],
      ['S-2', police, 'lead'],
      ['S-2', urban, 'assisting'],
    ]);
    expect(list({})[0]).toMatchObject({
      urgent: true,
      summonedAt: at('02:00'),
      reportBy: at('02:30'),
      summoningLevel: 'community',
      case: { title: '楼上漏水引发邻里纠纷', place: { gridId: sampleIds.grid } },
    });
  });

  it('shows who has not reported: the open ones, and those of them past the deadline', () => {
    const open = list({ open: true });
    expect(open.map((s) => [s.summonsId, s.departmentId, s.overdue])).toEqual([
      ['S-2', urban, true],
    ]);
    expect(list({ overdue: true })).toEqual(open);
    expect(list({ open: false })).toHaveLength(3);
  });

  it('records reports and withdrawals, and whether a report was on time', () => {
    expect(list({ department: police }).map((s) => s.reportedOnTime)).toEqual([true, false]);
    expect(list({ department: urban })[0]).toMatchObject({ withdrawnAt: at('02:25'), open: false });
  });

  it('shows a liaison their own department’s summonses only, others by the case’s place', () => {
    const liaison = list({}, { kind: 'department', id: urban });
    expect(new Set(liaison.map((s) => s.departmentId))).toEqual(new Set([urban]));
    expect(list({}, { kind: 'grid', id: sampleIds.grid })).toHaveLength(4);
    expect(list({}, { kind: 'grid', id: 'grid-elsewhere' })).toEqual([]);
  });

  it('sums up each department’s response, withdrawn summonses counted apart', () => {
    expect(departmentResponses(spec.db, { kind: 'district' }, {}, now)).toEqual([
      {
        departmentId: police,
        summoned: 2,
        withdrawn: 0,
        reportedOnTime: 1,
        reportedLate: 1,
        open: 0,
        overdue: 0,
        onTimeRate: 0.5,
      },
      {
        departmentId: urban,
        summoned: 2,
        withdrawn: 1,
        reportedOnTime: 0,
        reportedLate: 0,
        open: 1,
        overdue: 1,
        onTimeRate: 0,
      },
    ]);
  });

  it('sums up only the summonses made in the window asked for', () => {
    const window = { from: at('02:30'), to: at('03:30') };
    expect(departmentResponses(spec.db, { kind: 'district' }, window, now)).toEqual([
      expect.objectContaining({ departmentId: police, summoned: 1, reportedLate: 1 }),
      expect.objectContaining({ departmentId: urban, summoned: 1, withdrawn: 0, open: 1 }),
    ]);
  });
});

describe('The department summons read model and residents’ numbers in a case’s title', () => {
  const caseId = sampleEvent('DisputeLogged').data.caseId;
  const withNumber = recorded(
    {
      ...sampleEvent('DisputeLogged'),
      data: { ...sampleEvent('DisputeLogged').data, title: '13912345678反映漏水' },
    },
    { recordedAt: at('01:00') },
  );
  const erased = recorded(
    { type: 'PersonalDataErased', data: { caseId, reason: '当事人申请删除。' } },
    { streamName: 'access-p-admin', recordedAt: at('04:30') },
  );
  const titles = (...events: ReturnType<typeof recorded>[]) =>
    projectEvents(summonsProjection, events)
      .rows('summonses')
      .map((row) => row['title']);

  it('keeps the title masked, and erases the masked number once the case’s data is erased', () => {
    const summoned = summon('S-1', at('02:30'), at('02:00'));
    expect(titles(withNumber, summoned)).toEqual(['139****5678反映漏水', '139****5678反映漏水']);
    expect(titles(withNumber, summoned, erased)).toEqual(['[erased]反映漏水', '[erased]反映漏水']);
  });
});
