import { accessStream, caseStream, type AccessEvent, type CaseEvent } from '@gridline/events';
import { decideReveal, type RevealPersonalData } from '../../domain/case/decideReveal.ts';
import type { EventStore } from '../../eventStore/port.ts';
import type { CommandContext } from '../commandContext.ts';
import {
  fold,
  handleStreamCommand,
  type CommandOutcome,
  type StreamModel,
} from '../handleStreamCommand.ts';
import { loadStream } from '../loadStream.ts';
import { caseModel } from './caseModel.ts';
import { PersonalDataGone } from './personalDataGone.ts';
import { nothingButErased, personalValuesOf } from './personalDataViews.ts';
import { revealLog } from './revealLog.ts';

/** An access log is append-only and has no rules of its own: its state is its length. */
const accessModel: StreamModel<number, AccessEvent> = {
  initialState: 0,
  evolve: (count) => count + 1,
};

/** The reveal as written to the revealer's access log, and what it revealed. */
export interface RevealOutcome extends CommandOutcome<number, AccessEvent> {
  readonly caseId: string;
  /** The case's own revision, unchanged by the reveal. */
  readonly caseRevision: bigint;
  /** The unmasked values of the revealed fields, by field path. */
  readonly revealed: Record<string, string[]>;
}

/** Reveals go to the revealer's access log, after the decision is checked against the case. */
export const revealService = (store: EventStore) => {
  const log = revealLog(store);
  return {
    /** Every reveal recorded on the access logs, by case. */
    reveals: () => log.current(),
    async reveal(
      caseId: string,
      payload: RevealPersonalData['payload'],
      context: CommandContext,
    ): Promise<RevealOutcome> {
      const stream = await loadStream<CaseEvent>(store, caseStream(caseId));
      const state = fold(caseModel, stream.events);
      const events = decideReveal(
        { type: 'RevealPersonalData', caseId, actor: context.actor, payload },
        state,
      );
      const revealed = personalValuesOf(
        stream.events.map((loaded) => loaded.event),
        payload.fields,
      );
      // Nothing would leave the server, so nothing is put on record either.
      if (nothingButErased(revealed)) throw new PersonalDataGone(caseId, payload.fields);
      // Whatever the access log holds, a reveal is added to it: no expected revision.
      const { expectedRevision: _caseRevision, ...appendContext } = context;
      const outcome = await handleStreamCommand(
        store,
        accessStream(context.actor.personId),
        accessModel,
        appendContext,
        { type: 'RevealPersonalData', payload: { caseId, ...payload } },
        () => events,
      );
      // The reveal is on record; only now do the values leave the server, to this person.
      return {
        ...outcome,
        caseId,
        caseRevision: stream.revision === 'no_stream' ? -1n : stream.revision,
        revealed,
      };
    },
  };
};

export type RevealService = ReturnType<typeof revealService>;
