import type { CaseEvent } from '@gridline/events';
import type { ReassessRisk } from './caseCommands.ts';
import type { ExistingCase } from './caseState.ts';
import { requireActive, requireStaffAt } from './caseGuards.ts';
import { invalid } from './domainError.ts';

// 风险研判: staff at the level judge the risk anew. The deadline in force is kept — it was
// promised when the case arrived — and the new risk sets the next level's deadline.

export function decideReassessRisk(
  { caseId, actor, payload }: ReassessRisk,
  state: ExistingCase,
): CaseEvent[] {
  requireStaffAt(actor, state.level, state, 'reassess the risk of');
  const active = requireActive(state, 'have its risk reassessed');
  if (payload.riskLevel === active.riskLevel) {
    throw invalid(`Case ${caseId} is already assessed as ${active.riskLevel} risk`);
  }
  return [
    {
      type: 'CaseRiskReassessed',
      data: {
        caseId,
        level: active.level,
        previousRiskLevel: active.riskLevel,
        riskLevel: payload.riskLevel,
        reason: payload.reason,
      },
    },
  ];
}
