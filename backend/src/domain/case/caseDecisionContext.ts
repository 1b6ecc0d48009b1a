import type { Level, RiskLevel } from '@gridline/events';
import { deadlineFor, type DeadlinePolicy, type WorkingCalendar } from '../deadlines/index.ts';
import type { Timestamp } from './caseState.ts';

/** The deployment's settings a decision depends on; injected so tests pin them. */
export interface CaseDecisionContext {
  readonly calendar: WorkingCalendar;
  readonly policy: DeadlinePolicy;
  /**
   * Working days after resolution that a case waits for a return visit before it may
   * close without one. Working days, like every other period (docs/deadlines.md): a visit
   * cannot be made over the Spring Festival. Default 7.
   */
  readonly closeAfterDaysWithoutVisit?: number;
}

export const defaultCloseAfterDaysWithoutVisit = 7;

/** The deadline a case gets on reaching `level` at `now`, as the events spell it. */
export const deadlineAt = (
  level: Level,
  riskLevel: RiskLevel,
  now: Date,
  { policy, calendar }: CaseDecisionContext,
): Timestamp => deadlineFor({ level, riskLevel, from: now }, policy, calendar).toISOString();
