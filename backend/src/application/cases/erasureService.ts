import {
  accessStream,
  caseStream,
  residentGroupSubjectSuffix,
  type AccessEvent,
  type CaseEvent,
} from '@gridline/events';
import { decideErasure, type ErasePersonalData } from '../../domain/case/decideErasure.ts';
import { subjectPrefix } from '../../eventStore/personalData/eventCipher.ts';
import type { ResidentKeyStore } from '../../eventStore/personalData/residentKeyStore.ts';
import type { EventStore } from '../../eventStore/port.ts';
import type { CommandContext } from '../commandContext.ts';
import { fold, handleStreamCommand, type CommandOutcome } from '../handleStreamCommand.ts';
import { loadStream } from '../loadStream.ts';
import { caseModel } from './caseModel.ts';

const accessModel = { initialState: 0, evolve: (count: number) => count + 1 };

export interface ErasureOutcome extends CommandOutcome<number, AccessEvent> {
  readonly caseId: string;
  /** The case's own revision, which the erasure does not move. */
  readonly caseRevision: bigint;
  /** Residents' keys destroyed by this request. */
  readonly keysDestroyed: number;
}

/**
 * Records the erasure on the eraser's access log, then destroys the keys. In that order:
 * a failure between the two leaves a recorded erasure whose keys still live, which the
 * same request, repeated, completes (it is refused only once no live key is left).
 */
export const erasureService = (store: EventStore, keys: ResidentKeyStore) => ({
  async erase(
    caseId: string,
    payload: ErasePersonalData['payload'],
    context: CommandContext,
  ): Promise<ErasureOutcome> {
    const stream = await loadStream<CaseEvent>(store, caseStream(caseId));
    const state = fold(caseModel, stream.events);
    const prefix = subjectPrefix(caseStream(caseId));
    // One resident's keys: theirs in every event of the case (a key is per event).
    const suffix =
      payload.residents === undefined ? undefined : residentGroupSubjectSuffix(payload.residents);
    const { expectedRevision: _caseRevision, ...appendContext } = context;
    // Decided only when this is no retry: a retry of a done erasure gets its first answer.
    const outcome = await handleStreamCommand(
      store,
      accessStream(context.actor.personId),
      accessModel,
      appendContext,
      { type: 'ErasePersonalData', payload: { caseId, ...payload } },
      () => {
        const keysNow = keys.count(prefix, suffix);
        return decideErasure(
          { type: 'ErasePersonalData', caseId, actor: context.actor, payload },
          state,
          { liveKeys: keysNow.live, erasedKeys: keysNow.erased },
        );
      },
    );
    const keysDestroyed = keys.erase(prefix, context.now, suffix);
    return {
      ...outcome,
      caseId,
      caseRevision: stream.revision === 'no_stream' ? -1n : stream.revision,
      keysDestroyed,
    };
  },
});

export type ErasureService = ReturnType<typeof erasureService>;
