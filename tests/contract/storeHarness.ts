// What the contract groups share: how a store is opened, unique names (an EventStoreDB
// server is shared and never empty), event factories, and reading that ignores strangers.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import {
  WrongExpectedVersionError,
  StreamNotFoundError,
} from '@gridline/backend/eventStore/errors.ts';
import {
  comparePositions,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type Position,
  type RecordedEvent,
} from '@gridline/backend/eventStore/port.ts';

export interface OpenedStore {
  readonly store: EventStore;
  cleanup(): Promise<void>;
}

export type OpenStore = () => Promise<OpenedStore>;

export interface ContractOptions {
  /**
   * Whether a filtered subscription reports a checkpoint at (or past) the last event it
   * skipped soon after that event. The embedded store does; EventStoreDB reports them
   * every so many events considered, so there only their presence and order are checked.
   */
  readonly checkpointsReachTheLastSkippedEvent: boolean;
}

/** Gives each test its freshly opened store. */
export type StoreUnderTest = () => EventStore;

/** A name no other test (or other run against a shared server) uses. */
export const uniqueName = (label: string): string => `${label}_${randomUUID().replaceAll('-', '')}`;

export const newEvent = (
  type: string,
  data: unknown = {},
  metadata: unknown = {},
): EventToAppend => ({
  id: randomUUID(),
  type,
  data,
  metadata,
});

export const newEvents = (count: number, type = 'Noted'): EventToAppend[] =>
  Array.from({ length: count }, (_, index) => newEvent(type, { index }));

/** Appends `events` one append at a time, each expecting the revision before it. */
export const appendOneByOne = async (
  store: EventStore,
  streamName: string,
  events: readonly EventToAppend[],
) => {
  const results = [];
  for (const [index, event] of events.entries()) {
    const expected: ExpectedRevision = index === 0 ? 'no_stream' : BigInt(index - 1);
    results.push(await store.append(streamName, [event], { expected }));
  }
  return results;
};

/** The position of the newest event, or 'start' when the log is empty. */
export const headPosition = async (store: EventStore): Promise<Position | 'start'> => {
  for await (const event of store.readAll({ direction: 'backwards', maxCount: 1 })) {
    return event.position;
  }
  return 'start';
};

/** Our events in $all from `from` (inclusive) forwards, skipping other tests' events. */
export const readOwnForwards = async (
  store: EventStore,
  from: Position,
  streamPrefix: string,
  count: number,
): Promise<RecordedEvent[]> => {
  const own: RecordedEvent[] = [];
  for await (const event of store.readAll({ fromPosition: from })) {
    if (event.streamName.startsWith(streamPrefix)) own.push(event);
    if (own.length === count) break;
  }
  return own;
};

/** Our events in $all from `from` (inclusive) backwards, down to `oldest`. */
export const readOwnBackwards = async (
  store: EventStore,
  from: Position | 'end',
  oldest: Position,
  streamPrefix: string,
): Promise<RecordedEvent[]> => {
  const own: RecordedEvent[] = [];
  for await (const event of store.readAll({ direction: 'backwards', fromPosition: from })) {
    if (comparePositions(event.position, oldest) < 0) break;
    if (event.streamName.startsWith(streamPrefix)) own.push(event);
  }
  return own;
};

export const expectWrongExpectedVersion = async (
  attempt: Promise<unknown>,
  details: { streamName: string; expected: ExpectedRevision; actual: bigint | 'no_stream' },
): Promise<void> => {
  const error = await attempt.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(WrongExpectedVersionError);
  const { streamName, expected, actual } = error as WrongExpectedVersionError;
  expect({ streamName, expected, actual }).toEqual(details);
};

export const expectStreamNotFound = async (
  attempt: Promise<unknown>,
  streamName: string,
): Promise<void> => {
  const error = await attempt.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(StreamNotFoundError);
  expect((error as StreamNotFoundError).streamName).toBe(streamName);
};

export const ids = (events: readonly { id: string }[]): string[] => events.map((event) => event.id);

export const expectIncreasing = (positions: readonly Position[]): void => {
  for (const [index, position] of positions.entries()) {
    if (index > 0) expect(comparePositions(positions[index - 1]!, position)).toBeLessThan(0);
  }
};
