import { withoutBlanks } from '../../common/api/withoutBlanks.ts';
import type { DepartmentReportBody } from '../api/reportDepartment.ts';
import type { ReturnVisitBody } from '../api/recordReturnVisit.ts';
import type { SummonDepartmentsBody } from '../api/summonDepartments.ts';
import type { ExtendDeadlineBody } from '../api/extendDeadline.ts';

// The forms ask in the person's terms (one report-by time for the whole summons, a local
// date and time, the respondent's name beside the rating); these turn what they typed into
// the bodies the API takes.

type FormValues = Readonly<Record<string, unknown>>;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** A `datetime-local` value (the browser's wall clock) as an ISO instant. */
export const instantOfLocal = (value: unknown): string | undefined => {
  const local = text(value);
  if (local === undefined) return undefined;
  const instant = new Date(local);
  return Number.isNaN(instant.getTime()) ? local : instant.toISOString();
};

/** An ISO instant as a `datetime-local` value on the browser's wall clock. */
export const localOfInstant = (iso: string): string => {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
};

export function summonBody(values: FormValues): SummonDepartmentsBody {
  const lead = String(values['leadDepartmentId']);
  const assisting = ((values['assistingDepartmentIds'] as string[] | undefined) ?? []).filter(
    (departmentId) => departmentId !== lead,
  );
  const chosen = (values['reportBy'] ?? {}) as Readonly<Record<string, unknown>>;
  const reportBy = Object.fromEntries(
    [lead, ...assisting].flatMap((id) => {
      const instant = instantOfLocal(chosen[id]);
      return instant === undefined ? [] : [[id, instant]];
    }),
  );
  return {
    leadDepartmentId: lead,
    assistingDepartmentIds: assisting,
    urgent: values['urgent'] === true,
    request: String(values['request']),
    ...(Object.keys(reportBy).length === 0 ? {} : { reportBy }),
  };
}

/** The report form picks one owed report: a summons and a department together. */
export const reportEntryValue = (summonsId: string, departmentId: string): string =>
  JSON.stringify([summonsId, departmentId]);

export function reportBody(values: FormValues): DepartmentReportBody {
  const [summonsId, departmentId] = JSON.parse(String(values['entry'])) as [string, string];
  return { summonsId, departmentId, response: String(values['response']) };
}

export function extendBody(values: FormValues): ExtendDeadlineBody {
  return {
    newDeadline: instantOfLocal(values['newDeadline']) ?? '',
    reason: String(values['reason']),
  };
}

export function returnVisitBody(values: FormValues): ReturnVisitBody {
  const name = text(values['respondentName']);
  const phone = text(values['respondentPhone']);
  const comment = text(values['comment']);
  return {
    rating: values['rating'] as ReturnVisitBody['rating'],
    method: values['method'] as ReturnVisitBody['method'],
    ...(name === undefined ? {} : { respondent: { name, ...(phone ? { phone } : {}) } }),
    ...(comment === undefined ? {} : { comment }),
  };
}

/** Every other step sends its fields as typed, leaving out the empty optional ones. */
export const plainBody = (values: FormValues): Record<string, unknown> => withoutBlanks(values);
