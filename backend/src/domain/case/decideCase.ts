import type { CaseEvent } from '@gridline/events';
import { idSchema } from '@gridline/events';
import type * as z from 'zod';
import { describeActor, holdsRoleInItsScope, reachesCase } from './caseAccess.ts';
import { caseCommandPayloadSchemas, type CaseCommand } from './caseCommands.ts';
import type { CaseDecisionContext } from './caseDecisionContext.ts';
import type { CaseState, ExistingCase } from './caseState.ts';
import { decideReturnVisit, decideClose, decideReopen } from './decideAftercare.ts';
import { decideExtendDeadline, decideDeadlineMissed } from './decideDeadlines.ts';
import { decideAccept, decideAssign } from './decideDispatch.ts';
import { decideEscalate, decideReturn } from './decideEscalation.ts';
import { decideOpening } from './decideOpening.ts';
import { decideNote } from './decideRecord.ts';
import { decideReassessRisk } from './decideRisk.ts';
import { decideMediation, decideResolve, decideVerify } from './decideSettlement.ts';
import { decideDepartmentReport, decideSummon, decideWithdrawSummons } from './decideSummons.ts';
import { checkFieldClock } from './fieldClock.ts';
import { forbidden, illegalState, invalid } from './domainError.ts';

/**
 * The events a command leads to, given the case's state; or a DomainError saying why
 * not. Pure: the actor, the time and generated ids come in with the command.
 *
 * Checks run from the outside in: the payload (invalid), the actor's role and scope
 * (forbidden), whether the case exists and is open (illegal_state), then the step's own
 * rules. So nobody outside a case's scope learns its status from a refusal.
 */
export function decideCase(
  command: CaseCommand,
  state: CaseState,
  context: CaseDecisionContext,
): CaseEvent[] {
  const checked = withValidPayload(command);
  guardActor(checked);
  if (checked.type === 'LogDispute' || checked.type === 'ReportIssue') {
    checkFieldClock(checked, null);
    return decideOpening(checked, state, context);
  }
  const current = existingCase(checked, state);
  checkFieldClock(checked, current.lastOccurredAt);
  switch (checked.type) {
    case 'AssignCase':
      return decideAssign(checked, current, context);
    case 'AcceptCase':
      return decideAccept(checked, current);
    case 'RecordMediation':
      return decideMediation(checked, current);
    case 'EscalateCase':
      return decideEscalate(checked, current, context);
    case 'ReturnCase':
      return decideReturn(checked, current, context);
    case 'SummonDepartments':
      return decideSummon(checked, current, context);
    case 'RecordDepartmentReport':
      return decideDepartmentReport(checked, current);
    case 'WithdrawSummons':
      return decideWithdrawSummons(checked, current);
    case 'ReassessRisk':
      return decideReassessRisk(checked, current);
    case 'ExtendDeadline':
      return decideExtendDeadline(checked, current, context);
    case 'RecordDeadlineMissed':
      return decideDeadlineMissed(checked, current);
    case 'ResolveCase':
      return decideResolve(checked, current);
    case 'VerifyResolution':
      return decideVerify(checked, current, context);
    case 'RecordReturnVisit':
      return decideReturnVisit(checked, current);
    case 'ReopenCase':
      return decideReopen(checked, current, context);
    case 'CloseCase':
      return decideClose(checked, current, context);
    case 'AddCaseNote':
      return decideNote(checked);
    default: {
      const unknown: never = checked;
      throw invalid(`Unknown case command ${JSON.stringify((unknown as { type: unknown }).type)}`);
    }
  }
}

// The HTTP layer validates bodies with the same schemas; checking again here keeps the
// decider safe for every other caller (CLI, deadline process, tests).
function withValidPayload<Command extends CaseCommand>(command: Command): Command {
  const schema = caseCommandPayloadSchemas[command.type] as z.ZodType | undefined;
  if (!schema) throw invalid(`Unknown case command ${JSON.stringify(command.type)}`);
  if (!idSchema.safeParse(command.caseId).success) {
    throw invalid(`${JSON.stringify(command.caseId)} is not a case id`);
  }
  if (Number.isNaN(command.now.getTime()) || Number.isNaN(command.occurredAt.getTime())) {
    throw invalid(`${command.type} has no valid time`);
  }
  const result = schema.safeParse(command.payload);
  if (result.success) return { ...command, payload: result.data } as Command;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join('.') || 'payload'} ${issue.message}`,
  );
  throw invalid(`${command.type} is invalid: ${problems.join('; ')}`);
}

// The deadline process records misses and, where the deployment lets it, escalates an
// overdue case; everything else is for people.
const systemSteps: ReadonlySet<CaseCommand['type']> = new Set([
  'RecordDeadlineMissed',
  'EscalateCase',
]);

function guardActor(command: CaseCommand): void {
  const { type, actor } = command;
  if (actor.role === 'auditor') {
    throw forbidden(`Auditors read the record and change nothing: ${type} is refused`);
  }
  if (type === 'RecordDeadlineMissed' && actor.role !== 'system') {
    throw forbidden(`Only the deadline process records a missed deadline, not ${actor.role}`);
  }
  if (actor.role === 'system') {
    if (!systemSteps.has(type)) {
      throw forbidden(
        `The system records missed deadlines and escalates overdue cases: ${type} is refused`,
      );
    }
    if (command.type === 'EscalateCase' && command.payload.reason !== 'overdue') {
      throw forbidden(
        `The system escalates only for reason overdue, not ${command.payload.reason}`,
      );
    }
    return;
  }
  if (!holdsRoleInItsScope(actor)) {
    throw forbidden(
      `${describeActor(actor)} holds a role that does not belong in a ${actor.scope.kind} scope`,
    );
  }
}

const acceptedWhenClosed: ReadonlySet<CaseCommand['type']> = new Set(['AddCaseNote']);

function existingCase(command: CaseCommand, state: CaseState): ExistingCase {
  const { caseId, actor, type } = command;
  if (state.status === 'none') throw illegalState(`Case ${caseId} does not exist`);
  if (state.caseId !== caseId) {
    throw invalid(`A command for case ${caseId} was given the state of case ${state.caseId}`);
  }
  if (actor.role !== 'system' && !reachesCase(actor, state)) {
    throw forbidden(`${describeActor(actor)} has no access to case ${caseId}`);
  }
  if (state.status === 'closed' && !acceptedWhenClosed.has(type)) {
    throw illegalState(`Case ${caseId} is closed: it accepts nothing but notes`);
  }
  return state;
}
