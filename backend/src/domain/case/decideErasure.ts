import {
  longTextSchema,
  residentGroupSchema,
  type AccessEvent,
  type Actor,
} from '@gridline/events';
import * as z from 'zod';
import { describeActor, isAdmin, reachesCase } from './caseAccess.ts';
import { factsOf, type CaseState } from './caseState.ts';
import { forbidden, illegalState, invalid, notFound } from './domainError.ts';

// 删除个人信息: a resident asked to be forgotten. The keys of that resident (`residents`:
// `parties[1]`, `reporter`…), or of everyone named on the case if none is named, are destroyed, so their names, phones and ID numbers (and the numbers typed into the
// case's text) read as erased everywhere from then on; the log itself is not rewritten.
// It changes what people may see, never what happened, so an auditor (who changes
// nothing) may not do it: the district's admin may, and the street office whose street
// the case is in, which answers for the residents' data there.

export const erasePersonalDataPayloadSchema = z.strictObject({
  reason: longTextSchema.describe(
    'Why the data is erased: whose request, and how it was checked (recorded, shown to auditors)',
  ),
  residents: residentGroupSchema.optional(),
});

export interface ErasePersonalData {
  readonly type: 'ErasePersonalData';
  readonly caseId: string;
  readonly actor: Actor;
  readonly payload: z.output<typeof erasePersonalDataPayloadSchema>;
}

/** Whether the case's residents (or the one named) still have keys that an erasure would destroy. */
export interface ErasureStatus {
  readonly liveKeys: number;
  readonly erasedKeys: number;
}

export const mayErase = (actor: Actor, state: CaseState): boolean =>
  state.status !== 'none' &&
  (isAdmin(actor) || (actor.role === 'street_supervisor' && reachesCase(actor, factsOf(state))));

export function decideErasure(
  { caseId, actor, payload }: ErasePersonalData,
  state: CaseState,
  status: ErasureStatus,
): AccessEvent[] {
  const parsed = erasePersonalDataPayloadSchema.safeParse(payload);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'payload'} ${issue.message}`,
    );
    throw invalid(`ErasePersonalData is invalid: ${problems.join('; ')}`);
  }
  if (state.status === 'none') throw notFound(`No case ${caseId}.`);
  if (!mayErase(actor, state)) {
    throw forbidden(
      `${describeActor(actor)} may not erase residents' personal data on case ${caseId}: the district's admin or the case's street supervisor may`,
    );
  }
  const { reason, residents } = parsed.data;
  const whose = residents === undefined ? "The residents'" : `The ${residents}'s`;
  if (status.liveKeys === 0 && status.erasedKeys > 0) {
    throw illegalState(`${whose} personal data on case ${caseId} is already erased.`);
  }
  // Everyone on a case with nobody's data stays a valid (empty) erasure; a named resident
  // the case never had is a mistake in the request.
  if (residents !== undefined && status.liveKeys === 0) {
    throw notFound(`Case ${caseId} names no ${residents} whose personal data could be erased.`);
  }
  return [
    {
      type: 'PersonalDataErased',
      data: { caseId, reason, ...(residents === undefined ? {} : { residents }) },
    },
  ];
}
