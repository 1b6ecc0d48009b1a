import type { CaseEvent } from '@gridline/events';
import { describeActor, isFieldStaff, isStaffAt, staffAtLevelInWords } from './caseAccess.ts';
import type { RecordMediation, ResolveCase, VerifyResolution } from './caseCommands.ts';
import { deadlineAt, type CaseDecisionContext } from './caseDecisionContext.ts';
import { currentAssignment, outstandingSummons, type ExistingCase } from './caseState.ts';
import { refuseActor, requireActive } from './caseGuards.ts';
import { forbidden, illegalState, invalid } from './domainError.ts';

// 调解, 办结, 核查: settling a case where it stands, and checking the settlement with a
// second pair of eyes before it can be archived.

export function decideMediation(
  { caseId, actor, payload }: RecordMediation,
  state: ExistingCase,
): CaseEvent[] {
  const { level } = state;
  const assigneeId = currentAssignment(state)?.assigneeId;
  if (!isStaffAt(actor, level, state) && actor.personId !== assigneeId) {
    refuseActor(
      actor,
      'record a mediation on',
      state,
      `its assignee or ${staffAtLevelInWords[level]}`,
    );
  }
  const active = requireActive(state, 'be mediated');
  if (active.kind !== 'dispute') {
    throw illegalState(`Only a dispute can be mediated: case ${caseId} is an issue`);
  }
  if (payload.outcome === 'failed' && payload.agreementTerms !== undefined) {
    throw invalid('A failed mediation has no agreement terms');
  }
  return [{ type: 'MediationRecorded', data: { caseId, level, ...payload } }];
}

export function decideResolve(
  { caseId, actor, payload }: ResolveCase,
  state: ExistingCase,
): CaseEvent[] {
  const { level } = state;
  const assignment = currentAssignment(state);
  const isAssignee = assignment?.assigneeId === actor.personId;
  if (!isStaffAt(actor, level, state) && !isAssignee) {
    refuseActor(actor, 'resolve', state, `its assignee or ${staffAtLevelInWords[level]}`);
  }
  const active = requireActive(state, 'be resolved');
  // 首问负责: the assignee owns the case once they have taken it, not before.
  if (active.status === 'assigned' && isAssignee && !isStaffAt(actor, level, state)) {
    throw illegalState(
      `Case ${caseId} must be accepted by ${actor.personId} before they resolve it`,
    );
  }
  if (payload.outcome === 'mediated' && active.kind !== 'dispute') {
    throw invalid(`Case ${caseId} is an issue: only a dispute can be resolved as mediated`);
  }
  const owed = outstandingSummons(active);
  if (owed.length > 0) {
    const listed = owed.map((entry) => `${entry.departmentId} (${entry.summonsId})`).join(', ');
    throw illegalState(
      `Case ${caseId} cannot be resolved while summoned departments have not reported: ${listed}; ` +
        'wait for their reports or withdraw the summons',
    );
  }
  const { deadline } = active;
  return [
    {
      type: 'CaseResolved',
      data: {
        caseId,
        level,
        ...payload,
        resolverId: actor.personId,
        resolutionNumber: active.resolutionCount + 1,
        deadlineInForce: deadline?.level === level ? deadline.due : null,
        originalDeadline: deadline?.level === level ? deadline.original : null,
      },
    },
  ];
}

export function decideVerify(
  { caseId, actor, payload, now }: VerifyResolution,
  state: ExistingCase,
  context: CaseDecisionContext,
): CaseEvent[] {
  if (!isFieldStaff(actor)) {
    throw forbidden(`${describeActor(actor)} may not verify the resolution of case ${caseId}`);
  }
  if (state.status !== 'resolved') {
    throw illegalState(`Case ${caseId} is ${state.status}: only a resolution can be verified`);
  }
  if (state.verified) throw illegalState(`The resolution of case ${caseId} is already verified`);
  const { resolution } = state;
  const involvement =
    resolution.resolverId === actor.personId
      ? 'resolved'
      : state.mediatorIds.includes(actor.personId)
        ? 'mediated'
        : state.handlerIds.includes(actor.personId)
          ? 'was assigned'
          : state.dispatcherIds.includes(actor.personId)
            ? 'dispatched'
            : null;
  // Who may verify is a question of permission, like every role rule: 403, not 400.
  if (involvement) {
    throw forbidden(
      `${actor.personId} ${involvement} case ${caseId} on the way to resolution ` +
        `${resolution.number}: its verification needs a second pair of eyes`,
    );
  }
  const { outcome, method, note } = payload;
  // A failed check puts the case back to work at the level that resolved it, from now.
  const renewed =
    outcome === 'failed'
      ? { deadline: deadlineAt(resolution.level, state.riskLevel, now, context) }
      : {};
  return [
    {
      type: 'ResolutionVerified',
      data: {
        caseId,
        outcome,
        method,
        ...(note === undefined ? {} : { note }),
        verifierId: actor.personId,
        resolutionNumber: resolution.number,
        ...renewed,
      },
    },
  ];
}
