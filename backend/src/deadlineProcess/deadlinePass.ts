import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type Database from 'better-sqlite3';
import { overdueCases, type OverdueCase, type OverdueCursor } from '@gridline/projections';
import type { Actor } from '@gridline/events';
import type { CaseService } from '../application/cases/caseService.ts';
import { IdempotencyKeyReused } from '../application/idempotencyKeyReused.ts';
import { DomainError } from '../domain/domainError.ts';
import { deadlineSteps, type DeadlineStep, type DeadlineStepOptions } from './deadlineSteps.ts';

export interface DeadlinePassDependencies extends DeadlineStepOptions {
  readonly cases: Pick<CaseService, 'execute'>;
  /** The case board to read candidates from (asked per page: a rebuild may swap it). */
  readonly board: () => Database.Database;
  readonly actor: () => Promise<Actor>;
  readonly now: () => Date;
  /** Cases per page; the event loop gets a turn between pages. */
  readonly batchSize: number;
  readonly log: (message: string) => void;
}

/**
 * What a pass did. A twin process that raced this one to the same step with the same
 * event ids may have had its identical append absorbed by the store: both then count it,
 * while the log holds it once.
 */
export interface PassReport {
  /** Overdue cases whose stream was loaded (not skipped as settled). */
  readonly checked: number;
  readonly missesRecorded: number;
  readonly escalated: number;
}

/** Case id → the board position at which its deadline needed nothing more from us. */
export type Settled = ReadonlyMap<string, number>;

type StepResult = 'written' | 'settled' | 'retry';

/**
 * One pass over the open cases past their deadline. A case already settled at the
 * position the board shows is skipped without loading its stream, so a pass over
 * hundreds of overdue cases costs a query once their misses are recorded. Returns the
 * new settled map: the cases that are still overdue, so it never outgrows the board.
 */
export const deadlinePass = async (
  deps: DeadlinePassDependencies,
  settled: Settled,
): Promise<{ report: PassReport; settled: Settled }> => {
  const now = deps.now();
  const actor = await deps.actor();
  const correlationId = `deadline-run-${randomUUID()}`;
  const stillOverdue = new Map<string, number>();
  const report = { checked: 0, missesRecorded: 0, escalated: 0 };

  const attempt = async (row: OverdueCase, step: DeadlineStep): Promise<StepResult> => {
    try {
      const at = deps.now();
      const outcome = await deps.cases.execute(step.type, row.caseId, step.payload as never, {
        actor,
        correlationId,
        causationId: correlationId,
        occurredAt: at,
        now: at,
        idempotencyKey: step.idempotencyKey,
      });
      if (outcome.replayed) return 'settled';
      if (step.type === 'RecordDeadlineMissed') report.missesRecorded += 1;
      else report.escalated += 1;
      return 'written';
    } catch (error) {
      // The case's record refuses: already recorded (by a twin, or before a restart), the
      // deadline moved, the case was settled — the board was behind. Nothing to do. Our own
      // earlier write found again lands here too: its replay is refused to the system,
      // which reads no case.
      if (error instanceof DomainError || error instanceof IdempotencyKeyReused) return 'settled';
      deps.log(`deadline process: ${step.type} on case ${row.caseId} failed: ${String(error)}`);
      return 'retry';
    }
  };

  let cursor: OverdueCursor | null = null;
  for (;;) {
    const page = overdueCases(deps.board(), now, deps.batchSize, cursor);
    for (const row of page) {
      if (settled.get(row.caseId) === row.lastPosition) {
        stillOverdue.set(row.caseId, row.lastPosition);
        continue;
      }
      report.checked += 1;
      const results: StepResult[] = [];
      for (const step of deadlineSteps(row, now, deps)) results.push(await attempt(row, step));
      // What we wrote moves the row on; it is looked at once more when the board shows it.
      if (results.every((result) => result === 'settled')) {
        stillOverdue.set(row.caseId, row.lastPosition);
      }
    }
    const last = page.at(-1);
    if (!last || page.length < deps.batchSize) break;
    cursor = { deadline: last.deadline, caseId: last.caseId };
    await nextTurn();
  }
  return { report, settled: stillOverdue };
};
