import type { ReturnVisitRating } from '@gridline/events';
import { sendCaseCommand, type CaseCommandTarget } from './sendCaseCommand.ts';

export interface ReturnVisitBody {
  readonly rating: ReturnVisitRating;
  readonly method: 'phone' | 'in_person' | 'online';
  readonly respondent?: { readonly name: string; readonly phone?: string };
  readonly comment?: string;
}

/** POST /api/cases/:id/return-visits — what the resident says of the resolution (回访). */
export const recordReturnVisit = (target: CaseCommandTarget, body: ReturnVisitBody) =>
  sendCaseCommand('return-visits', target, body);
