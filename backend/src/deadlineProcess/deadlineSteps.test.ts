import { describe, expect, it } from 'vitest';
import type { OverdueCase } from '@gridline/projections';
import { deadlineSteps } from './deadlineSteps.ts';

// What the deadline process decides for one case, by the clock it is given.

const due = '2026-06-04T15:59:59.999Z';
const row = (changes: Partial<OverdueCase> = {}): OverdueCase => ({
  caseId: 'c-1',
  level: 'grid',
  deadlineLevel: 'grid',
  deadline: due,
  lastPosition: 7,
  ...changes,
});
const justAfter = new Date('2026-06-04T16:00:00.000Z');
const off = { autoEscalate: false };
const on = { autoEscalate: true };

describe('The deadline process, for one case', () => {
  it('does nothing up to and at the deadline itself', () => {
    expect(deadlineSteps(row(), new Date('2026-06-04T10:00:00.000Z'), on)).toEqual([]);
    expect(deadlineSteps(row(), new Date(due), on)).toEqual([]);
  });

  it('records the miss of the deadline in force once it has passed', () => {
    expect(deadlineSteps(row(), justAfter, off)).toEqual([
      {
        type: 'RecordDeadlineMissed',
        payload: { level: 'grid', deadline: due },
        idempotencyKey: `deadline-process:missed:grid:${Date.parse(due)}`,
      },
    ]);
  });

  it('keys a miss by level and instant, so every process and restart derives the same key', () => {
    const sameInstant = row({ deadline: '2026-06-04T23:59:59.999+08:00' });
    const [written] = deadlineSteps(row(), justAfter, off);
    const [again] = deadlineSteps(sameInstant, new Date('2026-07-01T00:00:00Z'), off);
    expect(again!.idempotencyKey).toBe(written!.idempotencyKey);
    const extended = deadlineSteps(
      row({ deadline: '2026-06-08T15:59:59.999Z' }),
      new Date('2026-07-01'),
      off,
    );
    expect(extended[0]!.idempotencyKey).not.toBe(written!.idempotencyKey);
  });

  it('escalates a grid case to the community when auto-escalation is on', () => {
    const steps = deadlineSteps(row(), justAfter, on);
    expect(steps.map((step) => step.type)).toEqual(['RecordDeadlineMissed', 'EscalateCase']);
    expect(steps[1]).toMatchObject({
      payload: { toLevel: 'community', reason: 'overdue' },
      idempotencyKey: `deadline-process:overdue-escalation:grid:${Date.parse(due)}`,
    });
  });

  it('escalates a community case to the street', () => {
    const steps = deadlineSteps(
      row({ level: 'community', deadlineLevel: 'community' }),
      justAfter,
      on,
    );
    expect(steps[1]).toMatchObject({ payload: { toLevel: 'street', reason: 'overdue' } });
  });

  it.each(['street', 'department'])(
    'only records the miss at the %s level: people decide',
    (level) => {
      const steps = deadlineSteps(row({ level, deadlineLevel: level }), justAfter, on);
      expect(steps.map((step) => step.type)).toEqual(['RecordDeadlineMissed']);
    },
  );

  it('does not move a case whose deadline in force belongs to another level', () => {
    const steps = deadlineSteps(row({ level: 'community', deadlineLevel: 'grid' }), justAfter, on);
    expect(steps.map((step) => step.type)).toEqual(['RecordDeadlineMissed']);
  });
});
