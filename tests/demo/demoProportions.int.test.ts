import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseStreams, countOf, dataOf, generateInto, type GeneratedDemo } from './demoHarness.ts';

// The small district should look like the seed reports: most matters settled in the
// grid or the community (小事不出社区), a few climbing to the street and its departments,
// some late, some reopened, most verified and archived after a return visit.

describe.each([3, 42])('The small demo district (seed %i)', (seed) => {
  let demo: GeneratedDemo;
  beforeAll(async () => {
    demo = await generateInto(seed);
  }, 60_000);
  afterAll(() => demo?.close());

  const resolutions = () => {
    const last = new Map<string, string>();
    for (const event of demo.events) {
      if (event.type === 'CaseResolved') last.set(event.streamName, String(dataOf(event)['level']));
    }
    return [...last.values()];
  };

  it('has about a hundred cases, a third of them found on patrols', () => {
    const cases = caseStreams(demo.events).size;
    expect(cases).toBeGreaterThanOrEqual(80);
    expect(cases).toBeLessThanOrEqual(130);
    const found = demo.events.filter(
      (event) => event.type === 'IssueReported' && dataOf(event)['source'] === 'inspection',
    ).length;
    expect(found / cases).toBeGreaterThan(0.15);
    expect(found / cases).toBeLessThan(0.5);
    expect(countOf(demo.events, 'DisputeLogged')).toBeGreaterThan(10);
  });

  it('settles most matters in the grid or the community', () => {
    const levels = resolutions();
    const low = levels.filter((level) => level === 'grid' || level === 'community').length;
    expect(low / levels.length).toBeGreaterThanOrEqual(0.75);
    expect(levels.filter((level) => level === 'grid').length).toBeGreaterThan(
      levels.filter((level) => level === 'community').length,
    );
  });

  it('takes some cases to the street and a department, with summonses answered', () => {
    const escalatedTo = (level: string) =>
      demo.events.filter((e) => e.type === 'CaseEscalated' && dataOf(e)['toLevel'] === level);
    expect(escalatedTo('street').length).toBeGreaterThanOrEqual(1);
    expect(escalatedTo('department').length).toBeGreaterThanOrEqual(1);
    expect(countOf(demo.events, 'DepartmentSummoned')).toBeGreaterThanOrEqual(1);
    expect(countOf(demo.events, 'DepartmentReported')).toBeGreaterThanOrEqual(1);
  });

  it('has cases that ran late, got more time, were sent back down or reopened', () => {
    expect(countOf(demo.events, 'CaseDeadlineMissed')).toBeGreaterThanOrEqual(1);
    expect(countOf(demo.events, 'DeadlineExtended')).toBeGreaterThanOrEqual(1);
    expect(countOf(demo.events, 'CaseReturned')).toBeGreaterThanOrEqual(1);
    expect(countOf(demo.events, 'CaseReopened')).toBeGreaterThanOrEqual(1);
  });

  it('verifies and closes most cases after a return visit, mostly satisfied', () => {
    const cases = caseStreams(demo.events).size;
    const closed = demo.events.filter((event) => event.type === 'CaseClosed');
    expect(closed.length / cases).toBeGreaterThan(0.6);
    const afterVisit = closed.filter((e) => dataOf(e)['basis'] === 'satisfied_return_visit');
    expect(afterVisit.length / closed.length).toBeGreaterThan(0.8);
    expect(closed.some((e) => dataOf(e)['basis'] === 'no_return_visit_in_time')).toBe(true);
    const visits = demo.events.filter((event) => event.type === 'ReturnVisitRecorded');
    const unsatisfied = visits.filter((e) => dataOf(e)['rating'] === 'unsatisfied');
    expect(unsatisfied.length).toBeGreaterThanOrEqual(1);
    expect(unsatisfied.length / visits.length).toBeLessThan(0.2);
  });

  it('patrols every grid, with welfare checks on the elderly who live alone', () => {
    const patrols = demo.events.filter((event) => event.type === 'InspectionRecorded');
    const grids = new Set(patrols.map((e) => (dataOf(e)['place'] as { gridId: string }).gridId));
    expect(grids.size).toBe(demo.demo.district.grids.length);
    expect(patrols.every((e) => (dataOf(e)['welfareChecks'] as unknown[]).length > 0)).toBe(true);
  });
});
