import { describe, expect, it } from 'vitest';
import { EventValidationError } from './eventValidationError.ts';
import { sampleEvent, sampleEventData } from './fixtures/sampleEvents.ts';
import { validateEventData } from './validateEventData.ts';

function validationErrorOf(run: () => unknown): EventValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof EventValidationError) return error;
    throw error;
  }
  throw new Error('expected an EventValidationError');
}

describe('validateEventData', () => {
  it('returns valid data typed by its event type', () => {
    const data = validateEventData('CaseEscalated', sampleEventData.CaseEscalated);
    expect(data.toLevel).toBe('community');
  });

  it('names the type, the field path and the problem', () => {
    const { data } = sampleEvent('DisputeLogged');
    const error = validationErrorOf(() =>
      validateEventData('DisputeLogged', {
        ...data,
        parties: [...data.parties, { name: '吴', phone: '1'.repeat(40), role: 'respondent' }],
      }),
    );
    expect(error.eventType).toBe('DisputeLogged');
    expect(error.issues).toEqual([
      { path: 'parties[2].phone', message: expect.stringContaining('32') },
    ]);
    expect(error.message).toMatch(/^Invalid DisputeLogged data: parties\[2\]\.phone: .*32/);
  });

  it('reports a missing field as required', () => {
    const { caseId: _dropped, ...withoutCaseId } = sampleEvent('CaseResolved').data;
    const error = validationErrorOf(() => validateEventData('CaseResolved', withoutCaseId));
    expect(error.issues).toEqual([{ path: 'caseId', message: 'is required' }]);
    expect(error.message).toContain('caseId: is required');
  });

  it('names each unknown field', () => {
    const { data } = sampleEvent('CaseNoteAdded');
    const error = validationErrorOf(() =>
      validateEventData('CaseNoteAdded', { ...data, author: 'x', mood: 'y' }),
    );
    expect(error.issues.map(({ path }) => path)).toEqual(['author', 'mood']);
    expect(error.message).toContain('author: unknown field');
  });

  it.each([
    ['CaseAssigned', { deadline: '2024-06-06 18:00' }, 'deadline'],
    ['CaseAssigned', { deadline: '2024-06-06T18:00:00' }, 'deadline'],
    ['CaseAssigned', { level: 'province' }, 'level'],
    ['CaseAssigned', { assigneeId: 'p/../../etc' }, 'assigneeId'],
    ['CaseEscalated', { toLevel: 'grid' }, 'toLevel'],
    ['CaseEscalated', { reason: 'bored' }, 'reason'],
    ['CaseReturned', { guidance: '   ' }, 'guidance'],
    ['CaseResolved', { outcome: 'ignored' }, 'outcome'],
    ['IssueReported', { source: 'rumour' }, 'source'],
    ['IssueReported', { category: 'noise' }, 'category'],
    ['DisputeLogged', { parties: [] }, 'parties'],
    ['DisputeLogged', { riskLevel: 'extreme' }, 'riskLevel'],
    ['MediationRecorded', { outcome: 'maybe' }, 'outcome'],
    ['ReturnVisitRecorded', { rating: 'very_satisfied' }, 'rating'],
    ['CaseNoteAdded', { text: 'x'.repeat(4001) }, 'text'],
    ['StreetEstablished', { name: 'x'.repeat(101) }, 'name'],
    [
      'GridEstablished',
      { buildings: [{ buildingId: 'b', name: '1号楼', households: -1 }] },
      'buildings[0].households',
    ],
    ['DepartmentEstablished', { kind: 'fire_brigade' }, 'kind'],
    ['StaffAssigned', { role: 'system' }, 'role'],
    ['DepartmentSummoned', { lead: { departmentId: 'd' } }, 'lead.reportBy'],
    [
      'InspectionRecorded',
      { buildingsVisited: [{ buildingId: 'b', householdsVisited: 1.5 }] },
      'buildingsVisited[0].householdsVisited',
    ],
  ] as const)('rejects %s with %j at %s', (type, change, path) => {
    const error = validationErrorOf(() =>
      validateEventData(type, { ...sampleEventData[type], ...change }),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([path]);
  });

  it('requires a department exactly when escalating to the department level', () => {
    const escalation = {
      ...sampleEventData.CaseEscalated,
      fromLevel: 'street',
      toLevel: 'department',
    };
    expect(
      validationErrorOf(() => validateEventData('CaseEscalated', escalation)).message,
    ).toContain('departmentId: is required when escalating to the department level');
    expect(
      validateEventData('CaseEscalated', { ...escalation, departmentId: 'dept-housing' })
        .departmentId,
    ).toBe('dept-housing');
    const tooEarly = { ...sampleEventData.CaseEscalated, departmentId: 'dept-housing' };
    expect(validationErrorOf(() => validateEventData('CaseEscalated', tooEarly)).issues).toEqual([
      { path: 'departmentId', message: 'is only allowed when escalating to the department level' },
    ]);
  });

  it('rejects data that is not an object', () => {
    const error = validationErrorOf(() => validateEventData('CaseClosed', 'closed'));
    expect(error.issues).toHaveLength(1);
    expect(error.message).toMatch(/^Invalid CaseClosed data: \(data\): /);
  });

  it('treats an unknown event type as a validation error', () => {
    const error = validationErrorOf(() => validateEventData('CaseDeleted', {}));
    expect(error.eventType).toBe('CaseDeleted');
    expect(error.message).toBe('Unknown event type "CaseDeleted"');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('EventValidationError');
  });
});
