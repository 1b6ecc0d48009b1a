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

  it('opens cases where their openers work: mostly the grid, also the community and the street', () => {
    const openings = demo.events.filter(
      (event) => event.type === 'DisputeLogged' || event.type === 'IssueReported',
    );
    const at = (level: string) => openings.filter((e) => dataOf(e)['level'] === level);
    expect(at('grid').length / openings.length).toBeGreaterThan(0.6);
    expect(at('community').some((e) => dataOf(e)['source'] === 'meeting')).toBe(true);
    expect(at('community').some((e) => dataOf(e)['source'] !== 'meeting')).toBe(true);
    expect(at('street').some((e) => dataOf(e)['source'] === 'hotline')).toBe(true);
  });

  it('escalates for every reason, each borne out by the record', () => {
    const reasons = new Set(
      demo.events.filter((e) => e.type === 'CaseEscalated').map((e) => dataOf(e)['reason']),
    );
    for (const reason of ['beyond_authority', 'mediation_failed', 'high_risk', 'overdue']) {
      expect(reasons, reason).toContain(reason);
    }
    expect(countOf(demo.events, 'CaseRiskReassessed')).toBeGreaterThanOrEqual(1);
  });

  it('shows four eyes and the limits at work, now and then, not as a rule', () => {
    const checks = demo.events.filter((event) => event.type === 'ResolutionVerified');
    const failed = checks.filter((event) => dataOf(event)['outcome'] === 'failed');
    expect(failed.length).toBeGreaterThanOrEqual(1);
    expect(failed.length / checks.length).toBeLessThan(0.1);
    const summonses = countOf(demo.events, 'DepartmentSummoned');
    const withdrawn = countOf(demo.events, 'SummonsWithdrawn');
    expect(withdrawn).toBeGreaterThanOrEqual(1);
    expect(withdrawn / summonses).toBeLessThan(0.3);
    const closed = demo.events.filter((event) => event.type === 'CaseClosed');
    expect(closed.filter((e) => dataOf(e)['basis'] === 'overruled_by_street')).not.toHaveLength(0);
    const extendedTwice = [...caseStreams(demo.events).values()].filter(
      (events) => events.filter((event) => event.type === 'DeadlineExtended').length >= 2,
    );
    expect(extendedTwice.length).toBeGreaterThanOrEqual(1);
  });

  it('patrols every grid, with welfare checks on the elderly who live alone', () => {
    const patrols = demo.events.filter((event) => event.type === 'InspectionRecorded');
    const grids = new Set(patrols.map((e) => (dataOf(e)['place'] as { gridId: string }).gridId));
    expect(grids.size).toBe(demo.demo.district.grids.length);
    expect(patrols.every((e) => (dataOf(e)['welfareChecks'] as unknown[]).length > 0)).toBe(true);
  });
});
