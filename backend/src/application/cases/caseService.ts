import { caseStream, type CaseEvent } from '@gridline/events';
import type {
  CaseCommand,
  CaseCommandPayload,
  CaseCommandType,
} from '../../domain/case/caseCommands.ts';
import type { CaseDecisionContext } from '../../domain/case/caseDecisionContext.ts';
import type { CaseState } from '../../domain/case/caseState.ts';
import { decideCase } from '../../domain/case/decideCase.ts';
import { DomainError } from '../../domain/domainError.ts';
import type { EventStore } from '../../eventStore/port.ts';
import type { CommandContext } from '../commandContext.ts';
import { uuidFrom } from '../eventIds.ts';
import { handleStreamCommand, type CommandOutcome } from '../handleStreamCommand.ts';
import type { OrganisationDirectoryReader } from '../organisationDirectoryReader.ts';
import { caseModel } from './caseModel.ts';
import { withExtras } from './commandExtras.ts';
import { patrolGridOf } from './patrolGrid.ts';
import { randomUUID } from 'node:crypto';

export interface CaseServiceDependencies {
  readonly store: EventStore;
  readonly directory: OrganisationDirectoryReader;
  readonly decision: CaseDecisionContext;
}

export type CaseOutcome = CommandOutcome<CaseState, CaseEvent> & { readonly caseId: string };

/**
 * Generated ids follow the Idempotency-Key when there is one, so a retried "log a
 * dispute" lands on the same case instead of opening a second one.
 */
export const idMaker = (context: CommandContext) => (purpose: string) =>
  context.idempotencyKey
    ? uuidFrom(`${purpose}\n${context.actor.personId}\n${context.idempotencyKey}`)
    : randomUUID();

/** Runs one case command: look up what it needs, decide on the folded stream, append. */
export const caseService = ({ store, directory, decision }: CaseServiceDependencies) => {
  const execute = async <Type extends CaseCommandType>(
    type: Type,
    caseId: string,
    payload: CaseCommandPayload<Type>,
    context: CommandContext,
  ): Promise<CaseOutcome> => {
    const opening = type === 'LogDispute' || type === 'ReportIssue';
    const inspectionId = opening
      ? (payload as CaseCommandPayload<'LogDispute'>).inspectionId
      : undefined;
    const command = {
      ...withExtras(
        type,
        { caseId, payload, actor: context.actor, now: context.now, occurredAt: context.occurredAt },
        await directory.current(),
        idMaker(context),
      ),
      ...(inspectionId === undefined
        ? {}
        : { patrolGridId: await patrolGridOf(store, inspectionId) }),
    } as CaseCommand;
    const outcome = await handleStreamCommand(
      store,
      caseStream(caseId),
      caseModel,
      context,
      { type, payload },
      (state) => {
        if (!opening && state.status === 'none') {
          throw new DomainError('not_found', `No case ${caseId}.`);
        }
        return decideCase(command, state, decision);
      },
    );
    return { ...outcome, caseId };
  };

  return {
    execute,
    /** Opens a new case (LogDispute / ReportIssue) under a generated id. */
    open: <Type extends 'LogDispute' | 'ReportIssue'>(
      type: Type,
      payload: CaseCommandPayload<Type>,
      context: CommandContext,
    ): Promise<CaseOutcome> =>
      execute(type, idMaker(context)('case'), payload, {
        ...context,
        expectedRevision: 'no_stream',
      }),
  };
};

export type CaseService = ReturnType<typeof caseService>;
