import { sendCaseCommand, type CaseCommandTarget } from './sendCaseCommand.ts';

export interface DepartmentReportBody {
  readonly summonsId: string;
  readonly departmentId: string;
  /** What the department does on the case. */
  readonly response: string;
}

/** POST /api/cases/:id/department-reports — the summoned department reports in (报到). */
export const reportDepartment = (target: CaseCommandTarget, body: DepartmentReportBody) =>
  sendCaseCommand('department-reports', target, body);
