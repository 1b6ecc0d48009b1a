import type { CaseEvent } from '@gridline/events';
import type { AddCaseNote, RevealPersonalData } from './caseCommands.ts';
import { personalDataFieldsOf } from './casePayloads.ts';
import type { CaseKind, ExistingCase } from './caseState.ts';
import { invalid } from './domainError.ts';

// Entries that change nothing about where a case stands, so anyone whose scope reaches
// the case may make them (decideCase has checked that), even on a closed case.

export const decideNote = ({ caseId, payload }: AddCaseNote): CaseEvent[] => [
  { type: 'CaseNoteAdded', data: { caseId, text: payload.text } },
];

const personalFieldsByKind: Record<CaseKind, readonly string[]> = {
  dispute: personalDataFieldsOf(['DisputeLogged', 'ReturnVisitRecorded']),
  issue: personalDataFieldsOf(['IssueReported', 'ReturnVisitRecorded']),
};

/** 查看个人信息: a read, recorded with its reason so the auditor sees who looked. */
export function decideReveal(
  { caseId, payload }: RevealPersonalData,
  state: ExistingCase,
): CaseEvent[] {
  const known = personalFieldsByKind[state.kind];
  const foreign = payload.fields.filter((field) => !known.includes(field));
  if (foreign.length > 0) {
    throw invalid(`Case ${caseId} is ${kindInWords[state.kind]}: it has no ${foreign.join(', ')}`);
  }
  const fields = [...new Set(payload.fields)];
  return [{ type: 'PersonalDataRevealed', data: { caseId, fields, reason: payload.reason } }];
}

const kindInWords: Record<CaseKind, string> = { dispute: 'a dispute', issue: 'an issue' };
