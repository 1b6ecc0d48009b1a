import type { Level } from '@gridline/events';
import { sendCaseCommand, type CaseCommandTarget } from './sendCaseCommand.ts';

export interface ReturnCaseBody {
  readonly toLevel: Exclude<Level, 'department'>;
  readonly reason: string;
  readonly guidance: string;
}

/** POST /api/cases/:id/return — send the case one level down with guidance (退单). */
export const returnCase = (target: CaseCommandTarget, body: ReturnCaseBody) =>
  sendCaseCommand('return', target, body);
