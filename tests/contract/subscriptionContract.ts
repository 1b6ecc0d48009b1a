import { describe, expect, it } from 'vitest';
import { comparePositions, type EventStore } from '@gridline/backend/eventStore/port.ts';
import {
  headPosition,
  ids,
  newEvent,
  newEvents,
  uniqueName,
  type ContractOptions,
  type StoreUnderTest,
} from './storeHarness.ts';
import { probe } from './subscriptionProbe.ts';

const ownCount = (count: number) => (subscription: ReturnType<typeof probe>) =>
  subscription.ownEvents().length >= count;

export const subscriptionContract = (
  storeUnderTest: StoreUnderTest,
  options: ContractOptions,
): void => {
  describe('Subscribing to all events', () => {
    const withSubscription = async (
      test: (store: EventStore, prefix: string) => Promise<void>,
    ): Promise<void> => test(storeUnderTest(), uniqueName('sub'));

    it('catches up on existing events, then receives live ones', () =>
      withSubscription(async (store, prefix) => {
        const before = await headPosition(store);
        const existing = newEvents(3);
        await store.append(`${prefix}-case`, existing, { expected: 'no_stream' });
        const subscription = store.subscribeToAll({ fromPosition: before });
        try {
          const reader = probe(subscription, prefix);
          await reader.waitFor(ownCount(3));
          const live = newEvents(2);
          await store.append(`${prefix}-case`, live, { expected: 2n });
          await reader.waitFor(ownCount(5));
          expect(ids(reader.ownEvents())).toEqual(ids([...existing, ...live]));
          expect(reader.ownEvents()).toEqual(await store.readStream(`${prefix}-case`));
          // Checkpoints come only while a filter skips events.
          expect(reader.items.filter((item) => item.kind === 'checkpoint')).toEqual([]);
        } finally {
          await subscription.unsubscribe();
        }
      }));

    it('delivers only events after the position it starts from', () =>
      withSubscription(async (store, prefix) => {
        const [first, second] = newEvents(2);
        const firstResult = await store.append(`${prefix}-case`, [first!], {
          expected: 'no_stream',
        });
        await store.append(`${prefix}-case`, [second!], { expected: 0n });
        const subscription = store.subscribeToAll({ fromPosition: firstResult.position });
        try {
          const reader = probe(subscription, prefix);
          await reader.waitFor(ownCount(1));
          expect(ids(reader.ownEvents())).toEqual([second!.id]);
        } finally {
          await subscription.unsubscribe();
        }
      }));

    it('starts after the last event when subscribing from the end', () =>
      withSubscription(async (store, prefix) => {
        const old = newEvent('Noted');
        await store.append(`${prefix}-case`, [old], { expected: 'no_stream' });
        const subscription = store.subscribeToAll({ fromPosition: 'end' });
        try {
          const reader = probe(subscription, prefix);
          // A remote server takes a moment to start the subscription, so keep appending
          // until one arrives rather than guessing how long to wait.
          for (let attempt = 0; reader.ownEvents().length === 0; attempt += 1) {
            expect(attempt).toBeLessThan(50);
            await store.append(`${prefix}-case`, [newEvent('Noted')], { expected: 'any' });
            await reader.waitFor(ownCount(1), 200).catch(() => undefined);
          }
          expect(ids(reader.ownEvents())).not.toContain(old.id);
        } finally {
          await subscription.unsubscribe();
        }
      }));

    it('delivers only the event types asked for', () =>
      withSubscription(async (store, prefix) => {
        const wanted = uniqueName('CaseLogged');
        const before = await headPosition(store);
        const mixed = [newEvent(wanted), newEvent('Other'), newEvent(wanted), newEvent('Other')];
        await store.append(`${prefix}-case`, mixed, { expected: 'no_stream' });
        const subscription = store.subscribeToAll({
          fromPosition: before,
          filter: { eventTypes: [wanted] },
        });
        try {
          const reader = probe(subscription, prefix);
          await reader.waitFor(ownCount(2));
          const live = newEvent(wanted);
          await store.append(`${prefix}-other`, [newEvent('Other'), live], { expected: 'any' });
          await reader.waitFor(ownCount(3));
          expect(ids(reader.ownEvents())).toEqual([mixed[0]!.id, mixed[2]!.id, live.id]);
          const types = reader.items.flatMap((item) =>
            item.kind === 'event' ? [item.event.type] : [],
          );
          expect(new Set(types)).toEqual(new Set([wanted]));
        } finally {
          await subscription.unsubscribe();
        }
      }));

    it('delivers only streams starting with the prefixes asked for', () =>
      withSubscription(async (store, prefix) => {
        const before = await headPosition(store);
        const [inCase, inPerson, inCaseToo] = newEvents(3);
        await store.append(`${prefix}-case-1`, [inCase!], { expected: 'no_stream' });
        await store.append(`${prefix}-person-1`, [inPerson!], { expected: 'no_stream' });
        const subscription = store.subscribeToAll({
          fromPosition: before,
          filter: { streamPrefixes: [`${prefix}-case-`, `${prefix}-deadline-`] },
        });
        try {
          const reader = probe(subscription, prefix);
          await reader.waitFor(ownCount(1));
          await store.append(`${prefix}-person-2`, [newEvent('Noted')], { expected: 'no_stream' });
          await store.append(`${prefix}-case-2`, [inCaseToo!], { expected: 'no_stream' });
          await reader.waitFor(ownCount(2));
          expect(ids(reader.ownEvents())).toEqual([inCase!.id, inCaseToo!.id]);
          const streams = reader.items.flatMap((item) =>
            item.kind === 'event' ? [item.event.streamName] : [],
          );
          expect(streams.every((name) => name.startsWith(`${prefix}-case-`))).toBe(true);
        } finally {
          await subscription.unsubscribe();
        }
      }));

    it('reports checkpoints in order among the events while filtering', () =>
      withSubscription(async (store, prefix) => {
        const wanted = uniqueName('Escalated');
        const before = await headPosition(store);
        await store.append(`${prefix}-a`, newEvents(40, 'Skipped'), { expected: 'no_stream' });
        const match = newEvent(wanted);
        await store.append(`${prefix}-b`, [match], { expected: 'no_stream' });
        const last = await store.append(`${prefix}-a`, newEvents(40, 'Skipped'), { expected: 39n });
        const subscription = store.subscribeToAll({
          fromPosition: before,
          filter: { eventTypes: [wanted] },
        });
        try {
          const reader = probe(subscription, prefix);
          const checkpointsAtOrAfter = (position: typeof last.position) =>
            reader.items.some(
              (item) =>
                item.kind === 'checkpoint' && comparePositions(item.position, position) >= 0,
            );
          // EventStoreDB checkpoints every so many events it considered, so only the
          // embedded store can be held to reaching the last skipped event promptly.
          const reachedTheEnd = options.checkpointsReachTheLastSkippedEvent
            ? () => checkpointsAtOrAfter(last.position)
            : () => reader.items.some((item) => item.kind === 'checkpoint');
          await reader.waitFor((self) => ownCount(1)(self) && reachedTheEnd());
          expect(ids(reader.ownEvents())).toEqual([match.id]);
          const [matched] = reader.ownEvents();
          let seenMatch = false;
          let previous = before === 'start' ? undefined : before;
          for (const item of reader.items) {
            const position = item.kind === 'event' ? item.event.position : item.position;
            if (previous) expect(comparePositions(position, previous)).toBeGreaterThanOrEqual(0);
            previous = position;
            if (item.kind === 'event' && item.event.id === matched!.id) seenMatch = true;
            if (item.kind === 'checkpoint' && !seenMatch) {
              expect(comparePositions(item.position, matched!.position)).toBeLessThan(0);
            }
          }
        } finally {
          await subscription.unsubscribe();
        }
      }));

    it('ends the iteration when unsubscribed', () =>
      withSubscription(async (store, prefix) => {
        const before = await headPosition(store);
        await store.append(`${prefix}-case`, newEvents(1), { expected: 'no_stream' });
        const subscription = store.subscribeToAll({ fromPosition: before });
        const reader = probe(subscription, prefix);
        await reader.waitFor(ownCount(1));
        await subscription.unsubscribe();
        expect(await reader.ends()).toBe(true);
      }));
  });
};
