import { sampleEvent } from '@gridline/events/fixtures/sampleEvents.ts';
import { sampleIds } from '@gridline/events/fixtures/sampleIds.ts';
import type { CaseEvent } from '@gridline/events';
import { describe, expect, it } from 'vitest';
import { projectEvents, recorded } from '../testing/projectionSpec.ts';
import { caseBoardProjection } from './caseBoardProjection.ts';
import { listCases } from './caseBoardQueries.ts';

// The case board, event by event: each row says where a case stands now.

const caseId = 'C-board-1';
const on = <Type extends CaseEvent['type']>(
  type: Type,
  changes: Partial<Extract<CaseEvent, { type: Type }>['data']> = {},
) => {
  const event = sampleEvent(type);
  return recorded({ ...event, data: { ...event.data, caseId, ...changes } } as CaseEvent);
};

const logged = on('DisputeLogged', { deadline: '2026-06-04T15:59:59.999Z' });
const assigned = on('CaseAssigned', { deadline: '2026-06-04T15:59:59.999Z' });
const accepted = on('CaseAccepted');
const escalated = on('CaseEscalated', { deadline: '2026-06-10T15:59:59.999Z' });
const summoned = on('DepartmentSummoned');
const resolved = on('CaseResolved', { level: 'community' });

const board = (...events: ReturnType<typeof on>[]) =>
  projectEvents(caseBoardProjection, events).rows('cases')[0]!;

describe('The case board', () => {
  it('opens a row at the level and with the deadline the opening names', () => {
    expect(board(logged)).toMatchObject({
      case_id: caseId,
      kind: 'dispute',
      dispute_type: 'neighbour',
      source: 'resident',
      level: 'grid',
      opened_at_level: 'grid',
      status: 'awaiting_dispatch',
      deadline: '2026-06-04T15:59:59.999Z',
      original_deadline: '2026-06-04T15:59:59.999Z',
      grid_id: 'grid-ruiling-03',
      last_change_type: 'DisputeLogged',
    });
  });

  it('follows dispatch and acceptance', () => {
    expect(board(logged, assigned, accepted)).toMatchObject({
      status: 'in_progress',
      assignee_id: 'p-zhang-wei',
    });
  });

  it('moves the case up a level with the new level’s deadline, counting the escalation', () => {
    expect(board(logged, assigned, accepted, escalated)).toMatchObject({
      level: 'community',
      status: 'awaiting_dispatch',
      assignee_id: null,
      deadline: '2026-06-10T15:59:59.999Z',
      original_deadline: '2026-06-10T15:59:59.999Z',
      escalation_count: 1,
      escalation_reason: 'mediation_failed',
    });
  });

  it('keeps the original deadline when the deadline is extended', () => {
    const extended = on('DeadlineExtended', { newDeadline: '2026-06-12T15:59:59.999Z' });
    expect(board(logged, escalated, extended)).toMatchObject({
      deadline: '2026-06-12T15:59:59.999Z',
      original_deadline: '2026-06-10T15:59:59.999Z',
    });
  });

  it('stores deadlines as UTC instants, whatever offset the event spelled them with', () => {
    const extended = on('DeadlineExtended', { newDeadline: '2026-06-12T18:00:00+08:00' });
    expect(board(logged, extended)).toMatchObject({ deadline: '2026-06-12T10:00:00.000Z' });
  });

  it('records the level that resolved it, and the departments summoned to it', () => {
    const spec = projectEvents(caseBoardProjection, [logged, escalated, summoned, resolved]);
    expect(spec.rows('cases')[0]).toMatchObject({
      status: 'resolved',
      resolution_level: 'community',
    });
    expect(
      spec.rows('case_departments', 'department_id').map((row) => row['department_id']),
    ).toEqual(['dept-police-heping', 'dept-urban-mgmt']);
  });

  it('sends a case whose check failed back to its holder at the resolution level', () => {
    const failed = on('ResolutionVerified', {
      outcome: 'failed',
      deadline: '2026-06-20T15:59:59.999Z',
    });
    expect(
      board(logged, assigned, accepted, on('CaseResolved', { level: 'grid' }), failed),
    ).toMatchObject({
      status: 'in_progress',
      level: 'grid',
      assignee_id: 'p-zhang-wei',
      deadline: '2026-06-20T15:59:59.999Z',
    });
  });

  it('puts a case reopened at the street in the street’s queue, with nobody holding it', () => {
    const reopened = on('CaseReopened', { level: 'street', deadline: '2026-06-30T15:59:59.999Z' });
    expect(
      board(logged, assigned, accepted, on('CaseResolved', { level: 'grid' }), reopened),
    ).toMatchObject({
      status: 'awaiting_dispatch',
      level: 'street',
      assignee_id: null,
      reopen_count: 1,
    });
  });

  it('lists what a department was summoned to, and nothing else, to its liaison', () => {
    const other = recorded({
      ...sampleEvent('IssueReported'),
      data: { ...sampleEvent('IssueReported').data, caseId: 'C-board-2' },
    });
    const spec = projectEvents(caseBoardProjection, [logged, summoned, other]);
    const page = listCases(spec.db, {
      scope: { kind: 'department', id: 'dept-urban-mgmt' },
      filters: {},
      sort: { column: 'deadline', direction: 'asc' },
      cursor: null,
      limit: 10,
      now: new Date('2026-06-01T00:00:00Z'),
    });
    expect(page.items.map((item) => item.caseId)).toEqual([caseId]);
  });

  it('splits every case between overdue and not, an open case with no deadline among the latter', () => {
    const other = recorded({
      ...sampleEvent('IssueReported'),
      data: { ...sampleEvent('IssueReported').data, caseId: 'C-board-2' },
    });
    const spec = projectEvents(caseBoardProjection, [logged, other]);
    // As a case back at work with no deadline in force leaves its row.
    spec.db.prepare("UPDATE cases SET deadline = NULL WHERE case_id = 'C-board-2'").run();
    const overdue = (value: boolean, scope: Parameters<typeof listCases>[1]['scope']) =>
      listCases(spec.db, {
        scope,
        filters: { overdue: value },
        sort: { column: 'deadline', direction: 'asc' },
        cursor: null,
        limit: 10,
        now: new Date('2027-01-01T00:00:00Z'),
      }).items.map((item) => item.caseId);
    for (const scope of [{ kind: 'district' }, { kind: 'grid', id: sampleIds.grid }] as const) {
      expect(overdue(true, scope)).toEqual([caseId]);
      expect(overdue(false, scope)).toEqual(['C-board-2']);
    }
  });

  it('finds cases by words of their title, taking % and _ literally', () => {
    const spec = projectEvents(caseBoardProjection, [logged]);
    const search = (q: string) =>
      listCases(spec.db, {
        scope: { kind: 'district' },
        filters: { q },
        sort: { column: 'deadline', direction: 'asc' },
        cursor: null,
        limit: 10,
        now: new Date('2026-06-01T00:00:00Z'),
      }).items.length;
    expect(search('漏水')).toBe(1);
    expect(search('%')).toBe(0);
  });
});

describe('The case board and residents’ numbers typed into a case', () => {
  const withNumbers = on('DisputeLogged', {
    deadline: '2026-06-04T15:59:59.999Z',
    title: '13912345678反映楼上漏水',
  });

  it('keeps them masked in the title', () => {
    expect(board(withNumbers)).toMatchObject({ title: '139****5678反映楼上漏水' });
  });

  it('erases them once the case’s residents’ data is erased, without counting it a change', () => {
    const erased = recorded(
      { type: 'PersonalDataErased', data: { caseId, reason: '当事人申请删除。' } },
      { streamName: 'access-p-admin' },
    );
    const row = board(withNumbers, escalated, erased as never);
    expect(row).toMatchObject({ title: '[erased]反映楼上漏水', last_change_type: 'CaseEscalated' });
  });
});
