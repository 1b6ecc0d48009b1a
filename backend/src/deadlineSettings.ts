import { readFileSync } from 'node:fs';
import * as z from 'zod';
import type { CaseDecisionContext } from './domain/case/caseDecisionContext.ts';
import {
  chinaCalendarConfig2026,
  createWorkingCalendar,
  parseDeadlinePolicy,
  workingCalendarConfigSchema,
} from './domain/deadlines/index.ts';
import { parseDeploymentConfig } from './domain/deadlines/parseDeploymentConfig.ts';
import { ConfigError } from './config.ts';

// A deployment's deadlines (docs/deadlines.md): the working calendar (holidays and 调休
// make-up days change every year) and the days per level. Read from the JSON file named
// by GRIDLINE_DEADLINES_FILE; without one, mainland China's 2026 calendar and the
// default policy.

const deadlineFileSchema = z.strictObject({
  calendar: workingCalendarConfigSchema.optional(),
  policy: z.unknown().optional(),
  closeAfterDaysWithoutVisit: z.int().min(1).max(90).optional(),
});

export interface DeadlineSettings {
  readonly decision: CaseDecisionContext;
  /** Years for which the calendar lists public holidays; outside them only weekends count. */
  readonly yearsWithHolidays: ReadonlySet<number>;
}

const readJson = (path: string): unknown => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`GRIDLINE_DEADLINES_FILE ${path}: ${(error as Error).message}`);
  }
};

export const readDeadlineSettings = (path: string | undefined): DeadlineSettings => {
  const file = path
    ? parseDeploymentConfig(deadlineFileSchema, readJson(path), `deadlines file ${path}`)
    : {};
  const calendar = file.calendar ?? chinaCalendarConfig2026;
  return {
    decision: {
      calendar: createWorkingCalendar(calendar),
      policy: parseDeadlinePolicy(file.policy ?? {}),
      ...(file.closeAfterDaysWithoutVisit && {
        closeAfterDaysWithoutVisit: file.closeAfterDaysWithoutVisit,
      }),
    },
    yearsWithHolidays: new Set((calendar.holidays ?? []).map((day) => Number(day.slice(0, 4)))),
  };
};

/** Years near `now` whose holidays the calendar does not know: their deadlines will be wrong. */
export const calendarWarnings = (yearsWithHolidays: ReadonlySet<number>, now: Date): string[] => {
  const year = now.getUTCFullYear();
  // Deadlines run weeks ahead: in December next year's arrangement matters already.
  const years = now.getUTCMonth() === 11 ? [year, year + 1] : [year];
  return years
    .filter((candidate) => !yearsWithHolidays.has(candidate))
    .map(
      (missing) =>
        `the working calendar lists no public holidays for ${missing}: deadlines will count them as working days. ` +
        "Set GRIDLINE_DEADLINES_FILE to a calendar with that year's arrangement (docs/deadlines.md).",
    );
};
