import {
  eventDefinition,
  type Actor,
  type EventMetadata,
  type GridlineEvent,
} from '@gridline/events';
import { AppendOutcomeUnknownError, WrongExpectedVersionError } from '../eventStore/errors.ts';
import type { EventStore, EventToAppend, Position } from '../eventStore/port.ts';
import type { CommandContext } from './commandContext.ts';
import { ConcurrencyConflict } from './concurrencyConflict.ts';
import { commandEventIds, replayOf } from './idempotentReplay.ts';
import { loadStream, type LoadedEvent } from './loadStream.ts';
import { inTurn } from './streamTurns.ts';
import { WriteOutcomeUnknown } from './writeOutcomeUnknown.ts';

export interface StreamModel<State, Event extends GridlineEvent> {
  readonly initialState: State;
  /** Some rules need the envelope too (who resolved a case, and when). */
  readonly evolve: (state: State, event: Event, metadata: EventMetadata) => State;
  /**
   * What a 409 may show this actor of the current state. A stale If-Match is noticed
   * before the decider checks role and scope, so this is where a conflict must refuse
   * (throw) anyone who could not read the stream, instead of handing them its state.
   * Without it a conflict shows no state. A replay shows the current state too, and is
   * refused here the same way.
   */
  readonly conflictView?: (state: State, actor: Actor) => unknown;
}

export interface CommandOutcome<State, Event extends GridlineEvent> {
  readonly streamName: string;
  /** The stream's state after the command; for a replay, as it stands now. */
  readonly state: State;
  /** The revision of that state, for the client's next If-Match. */
  readonly revision: bigint;
  /** Where the command's last event sits in the log; undefined if it wrote nothing. */
  readonly position: Position | undefined;
  readonly events: readonly Event[];
  /** True when this answer replays an earlier request with the same Idempotency-Key. */
  readonly replayed: boolean;
}

/** A stream's state: its events folded through the model, envelopes included. */
export const fold = <State, Event extends GridlineEvent>(
  model: StreamModel<State, Event>,
  events: readonly LoadedEvent<Event>[],
): State =>
  events.reduce(
    (state, loaded) => model.evolve(state, loaded.event, loaded.metadata),
    model.initialState,
  );

const conflict = <State, Event extends GridlineEvent>(
  model: StreamModel<State, Event>,
  streamName: string,
  revision: bigint | 'no_stream',
  state: State,
  actor: Actor,
): ConcurrencyConflict =>
  new ConcurrencyConflict(streamName, revision, model.conflictView?.(state, actor) ?? null);

/** The command as the client sent it: a retry must repeat it exactly to be a replay. */
export interface CommandRequest {
  readonly type: string;
  readonly payload: unknown;
}

// Without an If-Match the client asked for "whatever is current": a write that slipped in
// between our read and our append is no reason to refuse, so decide again on the new state.
// This process's own commands on a stream take turns (streamTurns.ts), so only another
// process's writes slip in; the bound stops a stream that never holds still from keeping
// a request forever.
const attemptsWithoutIfMatch = 10;

/**
 * Load → fold → decide → append, with optimistic concurrency. With an Idempotency-Key the
 * event ids are derived from the key and the exact command, so a retry of the same
 * command finds its own events in the stream and gets the first answer back without
 * deciding again — while a different command under a key used before is refused.
 */
export const handleStreamCommand = <State, Event extends GridlineEvent>(
  store: EventStore,
  streamName: string,
  model: StreamModel<State, Event>,
  context: CommandContext,
  request: CommandRequest,
  decide: (state: State) => readonly Event[],
): Promise<CommandOutcome<State, Event>> =>
  inTurn(store, streamName, () =>
    decideUntilAppended(store, streamName, model, context, request, decide),
  );

const decideUntilAppended = async <State, Event extends GridlineEvent>(
  store: EventStore,
  streamName: string,
  model: StreamModel<State, Event>,
  context: CommandContext,
  request: CommandRequest,
  decide: (state: State) => readonly Event[],
): Promise<CommandOutcome<State, Event>> => {
  const eventId = commandEventIds(context, streamName, request);

  for (let attempt = 1; ; attempt += 1) {
    const stream = await loadStream<Event>(store, streamName);
    const state = fold(model, stream.events);
    // Its own events may be in already: a retry, or a twin of this request won a race.
    const replay = replayOf(model, streamName, stream, state, eventId, context);
    if (replay) return replay;
    const stale =
      context.expectedRevision !== undefined && context.expectedRevision !== stream.revision;
    if (stale || attempt > attemptsWithoutIfMatch) {
      throw conflict(model, streamName, stream.revision, state, context.actor);
    }
    const events = decide(state);
    if (events.length === 0) throw new Error(`A decision on ${streamName} produced no events`);
    const envelopes = events.map((event, index) => envelope(event, eventId(index), context));
    const toAppend: EventToAppend[] = events.map((event, index) => ({
      id: envelopes[index]!.eventId,
      type: event.type,
      data: event.data,
      metadata: envelopes[index],
    }));
    try {
      const result = await store.append(streamName, toAppend, { expected: stream.revision });
      return {
        streamName,
        state: events.reduce(
          (folded, event, index) => model.evolve(folded, event, envelopes[index]!),
          state,
        ),
        revision: result.nextExpectedRevision,
        position: result.position,
        events,
        replayed: false,
      };
    } catch (error) {
      if (error instanceof AppendOutcomeUnknownError) {
        // Maybe written: our events, found by id, are the answer; else nobody can tell yet.
        const current = await loadStream<Event>(store, streamName);
        const landed = current.events.find((loaded) => loaded.id === toAppend.at(-1)!.id);
        if (!landed || current.revision === 'no_stream') {
          throw new WriteOutcomeUnknown(streamName, { cause: error });
        }
        return {
          streamName,
          state: fold(model, current.events),
          revision: current.revision,
          position: landed.position,
          events,
          replayed: false,
        };
      }
      // Another write landed first; the next round sees it, and refuses a stale If-Match.
      if (!(error instanceof WrongExpectedVersionError)) throw error;
    }
  }
};

/** The metadata every event of a command carries (the bulk district generator uses it too). */
export const envelope = (
  event: GridlineEvent,
  eventId: string,
  context: CommandContext,
): EventMetadata => ({
  eventId,
  // Only what the envelope holds, whatever else the caller's actor object carries.
  actor: { personId: context.actor.personId, role: context.actor.role, scope: context.actor.scope },
  correlationId: context.correlationId,
  causationId: context.causationId,
  occurredAt: context.occurredAt.toISOString(),
  recordedAt: context.now.toISOString(),
  schemaVersion: eventDefinition(event.type).version,
});
