import {
  accessStream,
  inspectionStream,
  residentGroupSubjectSuffix,
  type AccessEvent,
  type InspectionEvent,
} from '@gridline/events';
import { decidePatrolErasure } from '../../domain/inspection/decidePatrolErasure.ts';
import type { ErasePatrolPersonalData } from '../../domain/inspection/decidePatrolErasure.ts';
import {
  evolveInspection,
  initialInspectionState,
} from '../../domain/inspection/recordInspection.ts';
import { subjectPrefix } from '../../eventStore/personalData/eventCipher.ts';
import type { ResidentKeyStore } from '../../eventStore/personalData/residentKeyStore.ts';
import type { EventStore } from '../../eventStore/port.ts';
import type { CommandContext } from '../commandContext.ts';
import { fold, handleStreamCommand, type CommandOutcome } from '../handleStreamCommand.ts';
import { loadStream } from '../loadStream.ts';

const accessModel = { initialState: 0, evolve: (count: number) => count + 1 };
const inspectionModel = { initialState: initialInspectionState, evolve: evolveInspection };

export interface PatrolErasureOutcome extends CommandOutcome<number, AccessEvent> {
  readonly inspectionId: string;
  /** Residents' keys destroyed by this request. */
  readonly keysDestroyed: number;
}

/**
 * Records the erasure on the eraser's access log, then destroys the keys, as the case
 * erasure does: a failure between the two is completed by the same request, repeated.
 */
export const patrolErasureService = (store: EventStore, keys: ResidentKeyStore) => ({
  async erase(
    inspectionId: string,
    payload: ErasePatrolPersonalData['payload'],
    context: CommandContext,
  ): Promise<PatrolErasureOutcome> {
    const stream = inspectionStream(inspectionId);
    const state = fold(inspectionModel, (await loadStream<InspectionEvent>(store, stream)).events);
    const prefix = subjectPrefix(stream);
    const suffix =
      payload.residents === undefined ? undefined : residentGroupSubjectSuffix(payload.residents);
    const { expectedRevision: _revision, ...appendContext } = context;
    const outcome = await handleStreamCommand(
      store,
      accessStream(context.actor.personId),
      accessModel,
      appendContext,
      { type: 'ErasePatrolPersonalData', payload: { inspectionId, ...payload } },
      () => {
        const keysNow = keys.count(prefix, suffix);
        return decidePatrolErasure(
          { type: 'ErasePatrolPersonalData', inspectionId, actor: context.actor, payload },
          state,
          { liveKeys: keysNow.live, erasedKeys: keysNow.erased },
        );
      },
    );
    const keysDestroyed = keys.erase(prefix, context.now, suffix);
    return { ...outcome, inspectionId, keysDestroyed };
  },
});

export type PatrolErasureService = ReturnType<typeof patrolErasureService>;
