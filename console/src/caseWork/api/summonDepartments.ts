import { sendCaseCommand, type CaseCommandTarget } from './sendCaseCommand.ts';

export interface SummonDepartmentsBody {
  readonly leadDepartmentId: string;
  readonly assistingDepartmentIds: readonly string[];
  readonly urgent: boolean;
  readonly request: string;
  /** A report deadline per named department; the others get the policy's. */
  readonly reportBy?: Readonly<Record<string, string>>;
}

/** POST /api/cases/:id/summons — summon a lead and assisting departments (吹哨). */
export const summonDepartments = (target: CaseCommandTarget, body: SummonDepartmentsBody) =>
  sendCaseCommand('summons', target, body);
