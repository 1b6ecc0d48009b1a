import type { VerificationOutcome } from '@gridline/events';
import { sendCaseCommand, type CaseCommandTarget } from './sendCaseCommand.ts';

export interface VerifyResolutionBody {
  readonly outcome: VerificationOutcome;
  readonly method: 'site_visit' | 'phone' | 'documents';
  readonly note?: string;
}

/** POST /api/cases/:id/verify — a second pair of eyes checks the resolution (核查). */
export const verifyResolution = (target: CaseCommandTarget, body: VerifyResolutionBody) =>
  sendCaseCommand('verify', target, body);
