import type { AccessEvent, Actor } from '@gridline/events';
import { describeActor, mayReadCase } from './caseAccess.ts';
import {
  caseFreeTextFields,
  personalDataFieldsOf,
  revealPersonalDataPayloadSchema,
} from './casePayloads.ts';
import type { CaseKind, CaseState } from './caseState.ts';
import { forbidden, invalid, notFound } from './domainError.ts';
import type * as z from 'zod';

// 查看个人信息: a read that leaves a trace. It is written to the reader's access log, not
// the case: the case does not change, so its revision (and a colleague's pending If-Match)
// stays put. Anyone who may read the case may reveal, auditors included, with a reason.

export interface RevealPersonalData {
  readonly type: 'RevealPersonalData';
  readonly caseId: string;
  readonly actor: Actor;
  readonly payload: z.output<typeof revealPersonalDataPayloadSchema>;
}

// Phone and ID numbers typed into a case's text are revealed by naming the field.
const personalFieldsByKind: Record<CaseKind, readonly string[]> = {
  dispute: [
    ...personalDataFieldsOf(['DisputeLogged', 'ReturnVisitRecorded']),
    ...caseFreeTextFields,
  ],
  issue: [...personalDataFieldsOf(['IssueReported', 'ReturnVisitRecorded']), ...caseFreeTextFields],
};

const kindInWords: Record<CaseKind, string> = { dispute: 'a dispute', issue: 'an issue' };

export function decideReveal(
  { caseId, actor, payload }: RevealPersonalData,
  state: CaseState,
): AccessEvent[] {
  const parsed = revealPersonalDataPayloadSchema.safeParse(payload);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'payload'} ${issue.message}`,
    );
    throw invalid(`RevealPersonalData is invalid: ${problems.join('; ')}`);
  }
  if (state.status === 'none') throw notFound(`No case ${caseId}.`);
  if (actor.role === 'system' || !mayReadCase(actor, state)) {
    throw forbidden(`${describeActor(actor)} has no access to case ${caseId}`);
  }
  const known = personalFieldsByKind[state.kind];
  const foreign = parsed.data.fields.filter((field) => !known.includes(field));
  if (foreign.length > 0) {
    throw invalid(`Case ${caseId} is ${kindInWords[state.kind]}: it has no ${foreign.join(', ')}`);
  }
  const fields = [...new Set(parsed.data.fields)];
  return [{ type: 'PersonalDataRevealed', data: { caseId, fields, reason: parsed.data.reason } }];
}
