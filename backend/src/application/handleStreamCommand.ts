import {
  eventDefinition,
  type Actor,
  type EventMetadata,
  type GridlineEvent,
} from '@gridline/events';
import { WrongExpectedVersionError } from '../eventStore/errors.ts';
import type { EventStore, EventToAppend, Position } from '../eventStore/port.ts';
import type { CommandContext } from './commandContext.ts';
import { ConcurrencyConflict } from './concurrencyConflict.ts';
import { eventIdsFor } from './eventIds.ts';
import { loadStream, type LoadedEvent } from './loadStream.ts';

export interface StreamModel<State, Event extends GridlineEvent> {
  readonly initialState: State;
  /** Some rules need the envelope too (who resolved a case, and when). */
  readonly evolve: (state: State, event: Event, metadata: EventMetadata) => State;
  /**
   * What a 409 may show this actor of the current state. A stale If-Match is noticed
   * before the decider checks role and scope, so this is where a conflict must refuse
   * (throw) anyone who could not read the stream, instead of handing them its state.
   * Without it a conflict shows no state.
   */
  readonly conflictView?: (state: State, actor: Actor) => unknown;
}

export interface CommandOutcome<State, Event extends GridlineEvent> {
  readonly streamName: string;
  readonly state: State;
  readonly revision: bigint;
  /** Where the command's last event sits in the log; undefined if it wrote nothing. */
  readonly position: Position | undefined;
  readonly events: readonly Event[];
  /** True when this answer replays an earlier request with the same Idempotency-Key. */
  readonly replayed: boolean;
}

const fold = <State, Event extends GridlineEvent>(
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

/**
 * Load → fold → decide → append, with optimistic concurrency. Retries with the same
 * Idempotency-Key find their own events already in the stream (the ids are derived
 * from the key) and get the first answer back without deciding again.
 */
export const handleStreamCommand = async <State, Event extends GridlineEvent>(
  store: EventStore,
  streamName: string,
  model: StreamModel<State, Event>,
  context: CommandContext,
  decide: (state: State) => readonly Event[],
): Promise<CommandOutcome<State, Event>> => {
  const stream = await loadStream<Event>(store, streamName);
  const eventId = eventIdsFor(
    context.idempotencyKey
      ? { personId: context.actor.personId, key: context.idempotencyKey, streamName }
      : undefined,
  );

  const firstIndex = stream.events.findIndex((loaded) => loaded.id === eventId(0));
  if (context.idempotencyKey && firstIndex >= 0) {
    let end = firstIndex + 1;
    while (stream.events[end]?.id === eventId(end - firstIndex)) end += 1;
    const written = stream.events.slice(firstIndex, end);
    return {
      streamName,
      state: fold(model, stream.events.slice(0, end)),
      revision: written.at(-1)!.revision,
      position: written.at(-1)!.position,
      events: written.map((loaded) => loaded.event),
      replayed: true,
    };
  }

  const state = fold(model, stream.events);
  if (context.expectedRevision !== undefined && context.expectedRevision !== stream.revision) {
    throw conflict(model, streamName, stream.revision, state, context.actor);
  }
  const events = decide(state);
  if (events.length === 0) throw new Error(`A decision on ${streamName} produced no events`);
  const envelopes = events.map((event, index): EventMetadata => ({
    eventId: eventId(index),
    // Only what the envelope holds, whatever else the caller's actor object carries.
    actor: {
      personId: context.actor.personId,
      role: context.actor.role,
      scope: context.actor.scope,
    },
    correlationId: context.correlationId,
    causationId: context.causationId,
    occurredAt: context.occurredAt.toISOString(),
    recordedAt: context.now.toISOString(),
    schemaVersion: eventDefinition(event.type).version,
  }));
  const toAppend: EventToAppend[] = events.map((event, index) => ({
    id: envelopes[index]!.eventId,
    type: event.type,
    data: event.data,
    metadata: envelopes[index],
  }));
  const newState = events.reduce(
    (folded, event, index) => model.evolve(folded, event, envelopes[index]!),
    state,
  );
  try {
    const result = await store.append(streamName, toAppend, { expected: stream.revision });
    return {
      streamName,
      state: newState,
      revision: result.nextExpectedRevision,
      position: result.position,
      events,
      replayed: false,
    };
  } catch (error) {
    if (!(error instanceof WrongExpectedVersionError)) throw error;
    // Someone wrote between our read and our append: answer as for a stale If-Match.
    const current = await loadStream<Event>(store, streamName);
    throw conflict(model, streamName, current.revision, fold(model, current.events), context.actor);
  }
};
