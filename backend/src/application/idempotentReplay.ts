import type { GridlineEvent } from '@gridline/events';
import type { CommandContext } from './commandContext.ts';
import { commandFingerprint } from './commandFingerprint.ts';
import { eventIdsFor, sameKeyHalf } from './eventIds.ts';
import type { CommandOutcome, CommandRequest, StreamModel } from './handleStreamCommand.ts';
import { IdempotencyKeyReused } from './idempotencyKeyReused.ts';
import type { LoadedStream } from './loadStream.ts';

/** The ids a command's events get: derived from its Idempotency-Key and itself, or random. */
export const commandEventIds = (
  context: Pick<CommandContext, 'actor' | 'idempotencyKey'>,
  streamName: string,
  request: CommandRequest,
): ((index: number) => string) =>
  eventIdsFor(
    context.idempotencyKey === undefined
      ? undefined
      : {
          personId: context.actor.personId,
          key: context.idempotencyKey,
          streamName,
          request: commandFingerprint(request),
        },
  );

/**
 * If this request's events are in the stream already, the answer to its retry: those
 * events, and the stream's state as it is now — the state as it was then would be taken
 * for current, and its revision would make the next If-Match stale. A different request
 * under the same key is refused rather than taken as new: the client reused a key, and
 * whichever answer it got would be a guess.
 */
export const replayOf = <State, Event extends GridlineEvent>(
  model: StreamModel<State, Event>,
  streamName: string,
  stream: LoadedStream<Event>,
  state: State,
  eventId: (index: number) => string,
  context: CommandContext,
): CommandOutcome<State, Event> | undefined => {
  if (context.idempotencyKey === undefined) return undefined;
  const firstId = eventId(0);
  const firstIndex = stream.events.findIndex((loaded) => loaded.id === firstId);
  if (firstIndex < 0) {
    if (stream.events.some((loaded) => sameKeyHalf(loaded.id, firstId))) {
      throw new IdempotencyKeyReused(context.idempotencyKey);
    }
    return undefined;
  }
  let end = firstIndex + 1;
  while (stream.events[end]?.id === eventId(end - firstIndex)) end += 1;
  const written = stream.events.slice(firstIndex, end);
  // The stream may have left this person's reach since: the same check as a conflict's.
  model.conflictView?.(state, context.actor);
  return {
    streamName,
    state,
    revision: stream.events.at(-1)!.revision,
    position: written.at(-1)!.position,
    events: written.map((loaded) => loaded.event),
    replayed: true,
  };
};
