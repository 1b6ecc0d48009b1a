import { sendCaseCommand, type CaseCommandTarget } from './sendCaseCommand.ts';

/** POST /api/cases/:id/notes — add a note; even a closed case takes one. */
export const addCaseNote = (target: CaseCommandTarget, body: { readonly text: string }) =>
  sendCaseCommand('notes', target, body);
