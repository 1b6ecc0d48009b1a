import type { CaseEvent } from '@gridline/events';
import type { AddCaseNote } from './caseCommands.ts';

// An entry that changes nothing about where a case stands, so anyone whose scope reaches
// the case may make one (decideCase has checked that), even on a closed case.

export const decideNote = ({ caseId, payload }: AddCaseNote): CaseEvent[] => [
  { type: 'CaseNoteAdded', data: { caseId, text: payload.text } },
];
