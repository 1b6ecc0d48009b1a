import { caseStream, type Actor, type CaseEvent } from '@gridline/events';
import { mayReadCase } from '../../domain/case/caseAccess.ts';
import type { ExistingCase } from '../../domain/case/caseState.ts';
import { DomainError } from '../../domain/domainError.ts';
import type { EventStore } from '../../eventStore/port.ts';
import { fold } from '../handleStreamCommand.ts';
import { loadStream, type LoadedEvent } from '../loadStream.ts';
import { caseModel } from './caseModel.ts';

export interface CaseView {
  readonly state: ExistingCase;
  readonly revision: bigint;
  readonly events: readonly LoadedEvent<CaseEvent>[];
}

/** A case folded from its stream, if it exists and the actor may read it. */
export const readCase = async (
  store: EventStore,
  caseId: string,
  actor: Actor,
): Promise<CaseView> => {
  const stream = await loadStream<CaseEvent>(store, caseStream(caseId));
  const state = fold(caseModel, stream.events);
  if (state.status === 'none' || stream.revision === 'no_stream') {
    throw new DomainError('not_found', `No case ${caseId}.`);
  }
  if (!mayReadCase(actor, state)) {
    throw new DomainError('forbidden', `Case ${caseId} is outside your scope.`);
  }
  return { state, revision: stream.revision, events: stream.events };
};
