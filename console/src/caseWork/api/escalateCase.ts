import type { EscalationReason, Level } from '@gridline/events';
import { sendCaseCommand, type CaseCommandTarget } from './sendCaseCommand.ts';

export interface EscalateCaseBody {
  readonly toLevel: Exclude<Level, 'grid'>;
  readonly reason: EscalationReason;
  readonly explanation?: string;
  readonly departmentId?: string;
}

/** POST /api/cases/:id/escalate — one level up (上报). */
export const escalateCase = (target: CaseCommandTarget, body: EscalateCaseBody) =>
  sendCaseCommand('escalate', target, body);
