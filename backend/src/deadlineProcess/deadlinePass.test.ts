import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { caseBoardProjection, createTables } from '@gridline/projections';
import type { CaseService } from '../application/cases/caseService.ts';
import { DomainError } from '../domain/domainError.ts';
import { deadlinePass, type DeadlinePassDependencies } from './deadlinePass.ts';

// A pass over the case board with a pinned clock and a command path that only records
// what it is asked: which cases are looked at, which are skipped, and what a refusal does.

const board = new Database(':memory:');
createTables(board, caseBoardProjection.tables);
const insert = board.prepare(
  `INSERT INTO cases (case_id, kind, source, title, street_id, community_id, grid_id, risk_level,
     level, opened_at_level, status, deadline_level, deadline, opened_at, last_position)
   VALUES (?, 'dispute', 'resident', 't', 's', 'c', 'g', 'medium', ?, ?, ?, ?, ?, '2026-06-01T00:00:00Z', ?)`,
);
const addCase = (
  id: string,
  deadline: string,
  status = 'in_progress',
  level = 'grid',
  position = 1,
) => insert.run(id, level, level, status, level, deadline, position);

addCase('c-overdue-1', '2026-06-02T15:59:59.999Z');
addCase('c-overdue-2', '2026-06-03T15:59:59.999Z', 'awaiting_dispatch');
addCase('c-overdue-3', '2026-06-03T15:59:59.999Z', 'assigned');
addCase('c-due-later', '2026-06-20T15:59:59.999Z');
addCase('c-resolved', '2026-06-02T15:59:59.999Z', 'resolved');

const now = new Date('2026-06-05T08:00:00.000Z');

const passWith = (answer: (type: string, caseId: string) => unknown, autoEscalate = false) => {
  const calls: string[] = [];
  const deps: DeadlinePassDependencies = {
    cases: {
      execute: (async (type: string, caseId: string) => {
        calls.push(`${type} ${caseId}`);
        return answer(type, caseId);
      }) as unknown as CaseService['execute'],
    },
    board: () => board,
    actor: async () => ({
      personId: 'deadline-process',
      role: 'system',
      scope: { kind: 'district', id: 'd' },
    }),
    now: () => now,
    autoEscalate,
    batchSize: 2,
    log: () => {},
  };
  return { deps, calls };
};
const written = () => ({ replayed: false, position: { commit: 9n, prepare: 9n } });

describe('A pass of the deadline process', () => {
  it('acts on the open cases past their deadline, across pages, and on nothing else', async () => {
    const { deps, calls } = passWith(written);
    const { report } = await deadlinePass(deps, new Map());
    expect(calls).toEqual([
      'RecordDeadlineMissed c-overdue-1',
      'RecordDeadlineMissed c-overdue-2',
      'RecordDeadlineMissed c-overdue-3',
    ]);
    expect(report).toEqual({ checked: 3, missesRecorded: 3, escalated: 0 });
  });

  it('escalates after the miss when auto-escalation is on', async () => {
    const { deps, calls } = passWith(written, true);
    const { report } = await deadlinePass(deps, new Map());
    expect(calls.slice(0, 2)).toEqual([
      'RecordDeadlineMissed c-overdue-1',
      'EscalateCase c-overdue-1',
    ]);
    expect(report.escalated).toBe(3);
  });

  it('leaves alone a case refused at the position the board shows, until the row moves', async () => {
    const refuse = () => {
      throw new DomainError('illegal_state', 'already recorded');
    };
    const first = passWith(refuse);
    const { settled } = await deadlinePass(first.deps, new Map());
    expect(first.calls).toHaveLength(3);

    const second = passWith(written);
    await deadlinePass(second.deps, settled);
    expect(second.calls).toEqual([]);

    board.prepare("UPDATE cases SET last_position = 2 WHERE case_id = 'c-overdue-2'").run();
    const third = passWith(written);
    await deadlinePass(third.deps, settled);
    expect(third.calls).toEqual(['RecordDeadlineMissed c-overdue-2']);
    board.prepare("UPDATE cases SET last_position = 1 WHERE case_id = 'c-overdue-2'").run();
  });

  it('tries again next pass after a failure that is not the case record refusing', async () => {
    const { deps } = passWith(() => {
      throw new Error('disk full');
    });
    const { settled, report } = await deadlinePass(deps, new Map());
    expect(settled.size).toBe(0);
    expect(report.missesRecorded).toBe(0);
  });
});
