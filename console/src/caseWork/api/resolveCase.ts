import type { ResolutionOutcome } from '@gridline/events';
import { sendCaseCommand, type CaseCommandTarget } from './sendCaseCommand.ts';

export interface ResolveCaseBody {
  readonly outcome: ResolutionOutcome;
  readonly summary: string;
}

/** POST /api/cases/:id/resolve — settle the case at its level (办结). */
export const resolveCase = (target: CaseCommandTarget, body: ResolveCaseBody) =>
  sendCaseCommand('resolve', target, body);
