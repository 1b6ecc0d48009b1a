import { describe, expect, it } from 'vitest';
import { sampleEventData, sampleIds } from '../fixtures/sampleEvents.ts';
import { upcastEvent } from './upcastEvent.ts';

// Each event that gained a fact for the figures, read as it was first stored: the fact the
// old event and its envelope can tell arrives, and what they cannot tell says "unknown".

const writtenBy = { actor: { personId: 'p-old-hand' } };

describe('Reading facts added after an event was first stored', () => {
  it('reads a v2 DisputeLogged as opened at the grid, with no running clock and an unknown source', () => {
    const { source: _s, level: _l, deadline: _d, ...v2 } = sampleEventData.DisputeLogged;
    expect(upcastEvent('DisputeLogged', 2, v2)).toEqual({
      ...v2,
      level: 'grid',
      deadline: null,
      source: 'unknown',
    });
  });

  it('reads a v2 DisputeLogged found on patrol as coming from that inspection', () => {
    const { source: _s, level: _l, deadline: _d, ...v2 } = sampleEventData.DisputeLogged;
    const found = { ...v2, inspectionId: sampleIds.inspection };
    expect(upcastEvent('DisputeLogged', 2, found).source).toBe('inspection');
  });

  it('reads a v1 IssueReported as opened at the grid with its clock unknown', () => {
    const { level: _l, deadline: _d, ...v1 } = sampleEventData.IssueReported;
    expect(upcastEvent('IssueReported', 1, v1)).toEqual({ ...v1, level: 'grid', deadline: null });
  });

  it('names the writer of a v1 CaseResolved as its resolver, and leaves its deadlines unknown', () => {
    const { caseId, level, outcome, summary } = sampleEventData.CaseResolved;
    expect(
      upcastEvent('CaseResolved', 1, { caseId, level, outcome, summary }, undefined, writtenBy),
    ).toEqual({
      caseId,
      level,
      outcome,
      summary,
      resolverId: 'p-old-hand',
      resolutionNumber: null,
      deadlineInForce: null,
      originalDeadline: null,
    });
  });

  it('refuses to invent a resolver when the envelope is not given', () => {
    const { caseId, level, outcome, summary } = sampleEventData.CaseResolved;
    expect(() => upcastEvent('CaseResolved', 1, { caseId, level, outcome, summary })).toThrow(
      /needs the event's actor/,
    );
  });

  it('reads a v1 ResolutionVerified as a confirmation by its writer', () => {
    const v1 = { caseId: sampleIds.case, method: 'phone' as const };
    expect(upcastEvent('ResolutionVerified', 1, v1, undefined, writtenBy)).toEqual({
      ...v1,
      outcome: 'confirmed',
      verifierId: 'p-old-hand',
      resolutionNumber: null,
    });
  });

  it('reads a v1 ReturnVisitRecorded with its writer as the visitor and the resolution unknown', () => {
    const { resolutionNumber: _n, visitorId: _v, ...v1 } = sampleEventData.ReturnVisitRecorded;
    expect(upcastEvent('ReturnVisitRecorded', 1, v1, undefined, writtenBy)).toEqual({
      ...v1,
      resolutionNumber: null,
      visitorId: 'p-old-hand',
    });
  });

  it('reads a v1 DepartmentSummoned with the summoning level unknown', () => {
    const { level: _l, ...v1 } = sampleEventData.DepartmentSummoned;
    expect(upcastEvent('DepartmentSummoned', 1, v1)).toEqual({ ...v1, level: null });
  });

  it('reads a v1 CaseClosed unchanged, and refuses the v2-only basis in v1 data', () => {
    const v1 = { caseId: sampleIds.case, basis: 'no_return_visit_in_time' as const };
    expect(upcastEvent('CaseClosed', 1, v1)).toEqual(v1);
    expect(() =>
      upcastEvent('CaseClosed', 1, { ...v1, basis: 'overruled_by_street', reason: 'x' }),
    ).toThrow(/CaseClosed v1/);
  });
});
