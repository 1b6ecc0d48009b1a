import {
  caseEventTypes,
  caseStreamPrefix,
  eventMetadataSchema,
  type EventType,
} from '@gridline/events';
import type { ProjectedEvent } from '@gridline/projections';
import { positionToString, type Position, type RecordedEvent } from '../eventStore/port.ts';

// What a live stream says about a change: which case, which step, where in the log. No
// event data: a console fetches the case (or the board, `after` the position) to show it,
// through the same scoped, masked reads as ever, so the stream can never leak more
// than those reads would.

export interface CaseChange {
  readonly position: Position;
  readonly caseId: string;
  readonly type: string;
  /** The case stream's revision after the change: the case's new ETag. */
  readonly revision: bigint;
  readonly recordedAt: string;
}

const caseTypes: ReadonlySet<string> = new Set<EventType>(caseEventTypes);

export const changeOfProjected = (projected: ProjectedEvent): CaseChange => ({
  position: projected.position,
  caseId: projected.streamName.slice(caseStreamPrefix.length),
  type: projected.event.type,
  revision: projected.revision,
  recordedAt: projected.metadata.recordedAt,
});

/** The change a recorded event is, if it is one of a case's; undefined otherwise. */
export const changeOfRecorded = (recorded: RecordedEvent): CaseChange | undefined => {
  if (!recorded.streamName.startsWith(caseStreamPrefix) || !caseTypes.has(recorded.type)) {
    return undefined;
  }
  return {
    position: recorded.position,
    caseId: recorded.streamName.slice(caseStreamPrefix.length),
    type: recorded.type,
    revision: recorded.revision,
    recordedAt: eventMetadataSchema.shape.recordedAt.parse(
      (recorded.metadata as { recordedAt?: unknown }).recordedAt,
    ),
  };
};

/** The JSON a stream carries for a change. */
export const changeAsJson = (change: CaseChange) => ({
  position: positionToString(change.position),
  caseId: change.caseId,
  type: change.type,
  revision: change.revision.toString(),
  recordedAt: change.recordedAt,
});
