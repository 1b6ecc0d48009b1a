import type { RiskLevel } from '@gridline/events';
import { sendCaseCommand, type CaseCommandTarget } from './sendCaseCommand.ts';

export interface ReassessRiskBody {
  readonly riskLevel: RiskLevel;
  readonly reason: string;
}

/** POST /api/cases/:id/risk-assessments — judge the risk anew (风险研判). */
export const reassessRisk = (target: CaseCommandTarget, body: ReassessRiskBody) =>
  sendCaseCommand('risk-assessments', target, body);
