import type { MediationOutcome } from '@gridline/events';
import { sendCaseCommand, type CaseCommandTarget } from './sendCaseCommand.ts';

export interface RecordMediationBody {
  readonly outcome: MediationOutcome;
  readonly summary: string;
  readonly mediatorName?: string;
  readonly agreementTerms?: string;
}

/** POST /api/cases/:id/mediations — record a mediation of a dispute (调解). */
export const recordMediation = (target: CaseCommandTarget, body: RecordMediationBody) =>
  sendCaseCommand('mediations', target, body);
