import type { Level } from '@gridline/events';
import type { OverdueCase } from '@gridline/projections';
import type { CaseCommandPayload } from '../domain/case/caseCommands.ts';

// What the deadline process does about one overdue case, decided from the case board row
// and the clock alone. The case's own stream has the last word: each step goes through
// the command path, which refuses it if the board was behind.

export type DeadlineStep =
  | {
      readonly type: 'RecordDeadlineMissed';
      readonly payload: CaseCommandPayload<'RecordDeadlineMissed'>;
      readonly idempotencyKey: string;
    }
  | {
      readonly type: 'EscalateCase';
      readonly payload: CaseCommandPayload<'EscalateCase'>;
      readonly idempotencyKey: string;
    };

export interface DeadlineStepOptions {
  /** GRIDLINE_AUTO_ESCALATE: escalate as overdue once the miss is recorded. */
  readonly autoEscalate: boolean;
}

// Auto-escalation stops at the street: from there on a miss is shown and people decide.
const autoEscalatesTo: Partial<Record<Level, 'community' | 'street'>> = {
  grid: 'community',
  community: 'street',
};

/**
 * The key names the (level, deadline) and nothing that varies between processes or
 * restarts, so every attempt at the same miss derives the same event ids: a twin that
 * loses the race finds its event already written and writes nothing.
 */
const keyFor = (step: 'missed' | 'overdue-escalation', level: string, deadline: string) =>
  `deadline-process:${step}:${level}:${new Date(deadline).getTime()}`;

export const isOverdue = (row: Pick<OverdueCase, 'deadline'>, now: Date): boolean =>
  new Date(row.deadline).getTime() < now.getTime();

/** The commands due for a case: none before its deadline; the miss; then, if on, the escalation. */
export const deadlineSteps = (
  row: OverdueCase,
  now: Date,
  { autoEscalate }: DeadlineStepOptions,
): DeadlineStep[] => {
  if (!isOverdue(row, now)) return [];
  const level = row.deadlineLevel as Level;
  const steps: DeadlineStep[] = [
    {
      type: 'RecordDeadlineMissed',
      payload: { level, deadline: row.deadline },
      idempotencyKey: keyFor('missed', level, row.deadline),
    },
  ];
  const toLevel = autoEscalatesTo[level];
  // A deadline of another level than the case's is no reason to move the case.
  if (autoEscalate && toLevel && row.level === level) {
    steps.push({
      type: 'EscalateCase',
      payload: {
        toLevel,
        reason: 'overdue',
        explanation: `超期自动上报: the ${level} deadline ${row.deadline} passed unresolved.`,
      },
      idempotencyKey: keyFor('overdue-escalation', level, row.deadline),
    });
  }
  return steps;
};
