import { describe, expect, it } from 'vitest';
import { comparePositions } from '@gridline/backend/eventStore/port.ts';
import {
  expectIncreasing,
  expectStreamNotFound,
  expectWrongExpectedVersion,
  ids,
  newEvent,
  newEvents,
  uniqueName,
  type StoreUnderTest,
} from './storeHarness.ts';

export const appendContract = (storeUnderTest: StoreUnderTest): void => {
  describe('Appending with an expected revision', () => {
    it('creates the stream when no stream is expected', async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('append');
      const events = newEvents(2);
      const result = await store.append(streamName, events, { expected: 'no_stream' });
      expect(result.nextExpectedRevision).toBe(1n);
      expect(ids(await store.readStream(streamName))).toEqual(ids(events));
    });

    it('rejects no_stream once the stream exists, reporting its current revision', async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('append');
      await store.append(streamName, newEvents(2), { expected: 'no_stream' });
      await expectWrongExpectedVersion(
        store.append(streamName, newEvents(1), { expected: 'no_stream' }),
        { streamName, expected: 'no_stream', actual: 1n },
      );
    });

    it('accepts any whether or not the stream exists', async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('append');
      const first = await store.append(streamName, newEvents(1), { expected: 'any' });
      const second = await store.append(streamName, newEvents(2), { expected: 'any' });
      expect([first.nextExpectedRevision, second.nextExpectedRevision]).toEqual([0n, 2n]);
    });

    it('accepts stream_exists only once the stream exists', async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('append');
      await expectWrongExpectedVersion(
        store.append(streamName, newEvents(1), { expected: 'stream_exists' }),
        { streamName, expected: 'stream_exists', actual: 'no_stream' },
      );
      await store.append(streamName, newEvents(1), { expected: 'no_stream' });
      const result = await store.append(streamName, newEvents(1), { expected: 'stream_exists' });
      expect(result.nextExpectedRevision).toBe(1n);
    });

    it('accepts the exact current revision', async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('append');
      await store.append(streamName, newEvents(3), { expected: 'no_stream' });
      const result = await store.append(streamName, newEvents(2), { expected: 2n });
      expect(result.nextExpectedRevision).toBe(4n);
    });

    it('rejects a stale or future exact revision with the expected and actual revisions', async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('append');
      await store.append(streamName, newEvents(3), { expected: 'no_stream' });
      await expectWrongExpectedVersion(store.append(streamName, newEvents(1), { expected: 0n }), {
        streamName,
        expected: 0n,
        actual: 2n,
      });
      await expectWrongExpectedVersion(store.append(streamName, newEvents(1), { expected: 5n }), {
        streamName,
        expected: 5n,
        actual: 2n,
      });
      expect(await store.readStream(streamName)).toHaveLength(3);
    });

    it('rejects an exact revision on a missing stream, reporting no_stream', async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('append');
      await expectWrongExpectedVersion(store.append(streamName, newEvents(1), { expected: 0n }), {
        streamName,
        expected: 0n,
        actual: 'no_stream',
      });
    });

    it('returns the position of a single appended event, increasing with every append', async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('append');
      const results = [];
      for (const expected of ['no_stream', 0n, 1n] as const) {
        results.push(await store.append(streamName, [newEvent('Noted')], { expected }));
      }
      const events = await store.readStream(streamName);
      expect(results.map((result) => result.position)).toEqual(
        events.map((event) => event.position),
      );
      expectIncreasing(events.map((event) => event.position));
    });

    it('returns a batch position at or after its last event and before the next append', async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('append');
      const batch = await store.append(streamName, newEvents(3), { expected: 'no_stream' });
      await store.append(streamName, newEvents(1), { expected: 2n });
      const [, , last, next] = await store.readStream(streamName);
      expect(comparePositions(batch.position, last!.position)).toBeGreaterThanOrEqual(0);
      expect(comparePositions(batch.position, next!.position)).toBeLessThan(0);
    });

    it('lets exactly one of twenty concurrent writers win each revision', async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('race');
      const winners: string[] = [];
      for (let revision = -1n; revision < 4n; revision += 1n) {
        const expected = revision < 0n ? ('no_stream' as const) : revision;
        const contenders = Array.from({ length: 20 }, () => newEvent('Claimed'));
        const outcomes = await Promise.allSettled(
          contenders.map((event) => store.append(streamName, [event], { expected })),
        );
        const won = outcomes.flatMap((outcome, index) =>
          outcome.status === 'fulfilled' ? [contenders[index]!.id] : [],
        );
        expect(won).toHaveLength(1);
        winners.push(won[0]!);
        for (const outcome of outcomes) {
          if (outcome.status === 'rejected') {
            await expectWrongExpectedVersion(Promise.reject(outcome.reason), {
              streamName,
              expected,
              actual: revision + 1n,
            });
          }
        }
      }
      expect(ids(await store.readStream(streamName))).toEqual(winners);
    });

    it('refuses an empty append and writes nothing', async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('empty');
      await expect(store.append(streamName, [], { expected: 'no_stream' })).rejects.toThrow(
        RangeError,
      );
      await expectStreamNotFound(store.readStream(streamName), streamName);
    });

    it('rejects an append JSON cannot hold without failing the appends made alongside it', async () => {
      const store = storeUnderTest();
      const prefix = uniqueName('alongside');
      const good = (index: number) =>
        store.append(`${prefix}-${index}`, newEvents(1), { expected: 'no_stream' });
      const outcomes = await Promise.allSettled([
        good(0),
        store.append(`${prefix}-bad`, [newEvent('Noted', { amount: 1n })], { expected: 'any' }),
        good(1),
        good(2),
      ]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual([
        'fulfilled',
        'rejected',
        'fulfilled',
        'fulfilled',
      ]);
      expect(await store.readStream(`${prefix}-1`)).toHaveLength(1);
    });
  });
};
