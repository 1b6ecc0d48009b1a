import type { IssueCategory, IssueSource, RiskLevel } from '@gridline/events';
import { apiRequest } from '../../common/api/apiRequest.ts';
import type { CommandAnswer } from '../../caseWork/caseTypes.ts';
import type { NewCasePlace } from './logDispute.ts';

export interface ReportIssueBody {
  readonly place: NewCasePlace;
  readonly riskLevel: RiskLevel;
  readonly title: string;
  readonly description: string;
  readonly category: IssueCategory;
  readonly source: IssueSource;
  readonly reporter?: { readonly name: string; readonly phone?: string };
}

/** POST /api/cases/issues — report an issue: hazard, request, welfare… (隐患/诉求). */
export const reportIssue = async (
  body: ReportIssueBody,
  idempotencyKey: string,
): Promise<CommandAnswer> =>
  (
    await apiRequest<CommandAnswer>('/api/cases/issues', {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    })
  ).body;
