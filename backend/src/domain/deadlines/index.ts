export type { CivilDate } from './civilTime.ts';
export {
  createWorkingCalendar,
  workingCalendarConfigSchema,
  type WorkingCalendar,
  type WorkingCalendarConfig,
} from './workingCalendar.ts';
export {
  chinaCalendarConfig2026,
  chinaHolidayArrangement2026,
  chinaWorkingCalendar2026,
} from './chinaHolidays2026.ts';
export {
  deadlineFor,
  deadlinePolicySchema,
  defaultDeadlinePolicy,
  parseDeadlinePolicy,
  summonsReportDeadline,
  type CaseDeadlineInput,
  type DeadlinePolicy,
  type DeadlinePolicyOverrides,
  type SummonsDeadlineInput,
} from './deadlinePolicy.ts';
