import { accessStreamPrefix, type AccessEvent, type EventMetadata } from '@gridline/events';
import type { EventStore, Position } from '../../eventStore/port.ts';
import { followLog, type LogFollower } from '../logFollower.ts';

/** One reveal (or the erasure) of a case's personal data, as the access log recorded it. */
export type RecordedReveal = AccessEvent & {
  readonly metadata: EventMetadata;
  readonly streamName: string;
  readonly position: Position;
};

export type RevealsByCase = ReadonlyMap<string, readonly RecordedReveal[]>;

/**
 * Every reveal and erasure in the access logs, by case: the case's history shows them beside its own
 * events, although they live in the revealers' `access-` streams.
 */
export const revealLog = (store: EventStore): LogFollower<RevealsByCase> =>
  followLog<Map<string, RecordedReveal[]>, AccessEvent>(
    store,
    accessStreamPrefix,
    new Map(),
    (byCase, gained) => {
      for (const { event, metadata, streamName, position } of gained) {
        // A patrol's erasure is about no case.
        if (event.type === 'PatrolPersonalDataErased') continue;
        const reveals = byCase.get(event.data.caseId) ?? [];
        reveals.push({ ...event, metadata, streamName, position });
        byCase.set(event.data.caseId, reveals);
      }
      return byCase;
    },
  );
