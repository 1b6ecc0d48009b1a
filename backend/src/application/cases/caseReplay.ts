import { caseStream, type CaseEvent, type EventMetadata } from '@gridline/events';
import type { CaseState } from '../../domain/case/caseState.ts';
import { positionToString } from '../../eventStore/port.ts';
import type { LoadedEvent } from '../loadStream.ts';
import { caseModel } from './caseModel.ts';
import { maskedCaseEvent } from './personalDataViews.ts';

/** One event of a case, as the history shows it, with the state of the case right after it. */
export interface ReplayStep {
  readonly position: string;
  readonly stream: string;
  readonly revision: string;
  readonly type: string;
  /** Residents' personal data masked, as in every view. */
  readonly data: Record<string, unknown>;
  readonly metadata: EventMetadata;
  readonly state: CaseState;
}

/**
 * The case folded one event at a time, through the same model commands decide on, so each
 * step shows the state a command at that revision would have seen.
 */
export const replayCase = (
  caseId: string,
  events: readonly LoadedEvent<CaseEvent>[],
): ReplayStep[] => {
  const stream = caseStream(caseId);
  let state = caseModel.initialState;
  return events.map(({ event, metadata, revision, position }) => {
    state = caseModel.evolve(state, event, metadata);
    return {
      position: positionToString(position),
      stream,
      revision: revision.toString(),
      type: event.type,
      data: maskedCaseEvent(event).data as Record<string, unknown>,
      metadata,
      state,
    };
  });
};
