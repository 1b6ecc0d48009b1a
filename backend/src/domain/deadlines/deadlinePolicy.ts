import type { RiskLevel } from '@gridline/events/caseVocabulary.ts';
import type { Level } from '@gridline/events/ladder.ts';
import * as z from 'zod';
import { parseDeploymentConfig } from './parseDeploymentConfig.ts';
import type { WorkingCalendar } from './workingCalendar.ts';

const workingDays = z.number().int().min(1).max(366);

export const deadlinePolicySchema = z
  .strictObject({
    workingDays: z
      .strictObject({
        grid: workingDays.default(3),
        community: workingDays.default(7),
        street: workingDays.default(15),
        department: workingDays.default(15),
      })
      .readonly()
      .prefault({}),
    criticalHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 31)
      .default(24),
    urgentSummonsMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    summonsReportWorkingDays: workingDays.default(1),
  })
  .readonly();

export type DeadlinePolicy = z.output<typeof deadlinePolicySchema>;
/** What a deployment writes in JSON: any field left out keeps its default. */
export type DeadlinePolicyOverrides = z.input<typeof deadlinePolicySchema>;

export const parseDeadlinePolicy = (overrides: unknown = {}): DeadlinePolicy =>
  parseDeploymentConfig(deadlinePolicySchema, overrides, 'deadline policy');

export const defaultDeadlinePolicy: DeadlinePolicy = parseDeadlinePolicy();

const hour = 60 * 60 * 1000;
const minute = 60 * 1000;

const onTheClock = (from: Date, milliseconds: number): Date =>
  new Date(from.getTime() + milliseconds);

// Half a working day cannot be expressed on a working-day calendar. Rounding up keeps a
// 1-day deadline at one day instead of zero, and errs towards the time staff were
// promised: grid 3 → 2, community 7 → 4, street and department 15 → 8.
const halved = (days: number): number => Math.ceil(days / 2);

export interface CaseDeadlineInput {
  readonly level: Level;
  readonly riskLevel: RiskLevel;
  /** When the case reached this level. */
  readonly from: Date;
}

export const deadlineFor = (
  { level, riskLevel, from }: CaseDeadlineInput,
  policy: DeadlinePolicy,
  calendar: WorkingCalendar,
): Date => {
  const days = policy.workingDays[level];
  switch (riskLevel) {
    case 'low':
    case 'medium':
      return calendar.addWorkingDays(from, days);
    case 'high':
      return calendar.addWorkingDays(from, halved(days));
    case 'critical':
      // Critical risk (a threat to life or public order) does not wait for Monday.
      return onTheClock(from, policy.criticalHours * hour);
    default: {
      const unknown: never = riskLevel;
      throw new Error(`Unknown risk level ${String(unknown)}`);
    }
  }
};

export interface SummonsDeadlineInput {
  /** 网格吹哨: an urgent summons must be answered on the clock, weekend or not. */
  readonly urgent: boolean;
  readonly from: Date;
}

export const summonsReportDeadline = (
  { urgent, from }: SummonsDeadlineInput,
  policy: DeadlinePolicy,
  calendar: WorkingCalendar,
): Date =>
  urgent
    ? onTheClock(from, policy.urgentSummonsMinutes * minute)
    : calendar.addWorkingDays(from, policy.summonsReportWorkingDays);
