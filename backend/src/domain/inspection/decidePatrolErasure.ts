import {
  longTextSchema,
  patrolResidentGroupSchema,
  type AccessEvent,
  type Actor,
} from '@gridline/events';
import * as z from 'zod';
import { describeActor, isAdmin, reachesPlace } from '../case/caseAccess.ts';
import type { ErasureStatus } from '../case/decideErasure.ts';
import { forbidden, illegalState, invalid, notFound } from '../case/domainError.ts';
import type { InspectionState } from './recordInspection.ts';

// 删除巡查走访对象个人信息: the residents of a patrol's welfare checks have keys of their
// own, so they are erased like a case's: on request, with a reason, by the district's
// admin or the street office whose street the patrol walked (the case erasure's rule,
// scoped to the patrol's place). An auditor changes nothing, so may not.

export const erasePatrolPersonalDataPayloadSchema = z.strictObject({
  reason: longTextSchema.describe(
    'Why the data is erased: whose request, and how it was checked (recorded, shown to auditors)',
  ),
  residents: patrolResidentGroupSchema.optional(),
});

export interface ErasePatrolPersonalData {
  readonly type: 'ErasePatrolPersonalData';
  readonly inspectionId: string;
  readonly actor: Actor;
  readonly payload: z.output<typeof erasePatrolPersonalDataPayloadSchema>;
}

export const mayErasePatrol = (actor: Actor, state: InspectionState): boolean =>
  state.status === 'recorded' &&
  (isAdmin(actor) ||
    (actor.role === 'street_supervisor' && reachesPlace(actor, state.inspection.place)));

export function decidePatrolErasure(
  { inspectionId, actor, payload }: ErasePatrolPersonalData,
  state: InspectionState,
  status: ErasureStatus,
): AccessEvent[] {
  const parsed = erasePatrolPersonalDataPayloadSchema.safeParse(payload);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'payload'} ${issue.message}`,
    );
    throw invalid(`ErasePatrolPersonalData is invalid: ${problems.join('; ')}`);
  }
  if (state.status !== 'recorded') throw notFound(`No patrol ${inspectionId}.`);
  if (!mayErasePatrol(actor, state)) {
    throw forbidden(
      `${describeActor(actor)} may not erase residents' personal data on patrol ${inspectionId}: the district's admin or the street supervisor of its street may`,
    );
  }
  const { reason, residents } = parsed.data;
  const whose = residents === undefined ? "The residents'" : `The ${residents}'s`;
  if (status.liveKeys === 0 && status.erasedKeys > 0) {
    throw illegalState(`${whose} personal data on patrol ${inspectionId} is already erased.`);
  }
  if (residents !== undefined && status.liveKeys === 0) {
    throw notFound(
      `Patrol ${inspectionId} names no ${residents} whose personal data could be erased.`,
    );
  }
  return [
    {
      type: 'PatrolPersonalDataErased',
      data: { inspectionId, reason, ...(residents === undefined ? {} : { residents }) },
    },
  ];
}
