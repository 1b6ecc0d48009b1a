import { describe, expect, it } from 'vitest';
import {
  expectWrongExpectedVersion,
  ids,
  newEvent,
  newEvents,
  readOwnForwards,
  uniqueName,
  type StoreUnderTest,
} from './storeHarness.ts';

export const idempotencyContract = (storeUnderTest: StoreUnderTest): void => {
  describe('Retrying an append with the same event ids', () => {
    it('returns the original result for every kind of expectation and writes nothing', async () => {
      const store = storeUnderTest();
      const prefix = uniqueName('retry');
      const streamName = `${prefix}-stream`;
      const noStream = newEvents(2);
      const exact = newEvents(2);
      const any = newEvents(2);
      const streamExists = newEvents(2);

      const first = await store.append(streamName, noStream, { expected: 'no_stream' });
      expect(await store.append(streamName, noStream, { expected: 'no_stream' })).toEqual(first);
      const second = await store.append(streamName, exact, { expected: 1n });
      expect(await store.append(streamName, exact, { expected: 1n })).toEqual(second);
      const third = await store.append(streamName, any, { expected: 'any' });
      expect(await store.append(streamName, any, { expected: 'any' })).toEqual(third);
      const fourth = await store.append(streamName, streamExists, { expected: 'stream_exists' });
      expect(await store.append(streamName, streamExists, { expected: 'stream_exists' })).toEqual(
        fourth,
      );

      const written = [...noStream, ...exact, ...any, ...streamExists];
      expect(ids(await store.readStream(streamName))).toEqual(ids(written));
      const [firstRecorded] = await store.readStream(streamName, { maxCount: 1 });
      const inAll = await readOwnForwards(
        store,
        firstRecorded!.position,
        prefix,
        written.length + 1,
      );
      expect(ids(inAll)).toEqual(ids(written));
    });

    it('still recognises a retry after the stream has moved on', async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('retry');
      const batch = newEvents(2);
      const original = await store.append(streamName, batch, { expected: 'no_stream' });
      await store.append(streamName, newEvents(3), { expected: 1n });
      expect(await store.append(streamName, batch, { expected: 'no_stream' })).toEqual(original);
      expect(await store.append(streamName, batch, { expected: 'any' })).toEqual(original);
      expect(await store.readStream(streamName)).toHaveLength(5);
    });

    it('treats a retry of the first events of a batch as already written', async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('retry');
      const batch = newEvents(3);
      await store.append(streamName, batch, { expected: 'no_stream' });
      const [, second] = await store.readStream(streamName);
      const retried = await store.append(streamName, batch.slice(0, 2), { expected: 'no_stream' });
      expect(retried).toEqual({ nextExpectedRevision: 1n, position: second!.position });
      expect(await store.readStream(streamName)).toHaveLength(3);
    });

    it('rejects a batch that only partly overlaps events already written', async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('overlap');
      const batch = newEvents(2);
      await store.append(streamName, batch, { expected: 'no_stream' });
      const [written, alsoWritten] = batch;
      const overlaps = [
        { events: [written!, newEvent('Noted')], expected: 'no_stream' as const },
        { events: [written!, alsoWritten!, newEvent('Noted')], expected: 'no_stream' as const },
        { events: [written!, newEvent('Noted')], expected: 'any' as const },
        { events: [written!, newEvent('Noted')], expected: 'stream_exists' as const },
        { events: [alsoWritten!, newEvent('Noted')], expected: 0n },
      ];
      for (const { events, expected } of overlaps) {
        await expectWrongExpectedVersion(store.append(streamName, events, { expected }), {
          streamName,
          expected,
          actual: 1n,
        });
      }
      expect(ids(await store.readStream(streamName))).toEqual(ids(batch));
    });

    it('rejects the same events expected at a different place', async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('elsewhere');
      const first = newEvents(1);
      await store.append(streamName, first, { expected: 'no_stream' });
      await store.append(streamName, newEvents(2), { expected: 0n });
      await expectWrongExpectedVersion(store.append(streamName, first, { expected: 0n }), {
        streamName,
        expected: 0n,
        actual: 2n,
      });
      expect(await store.readStream(streamName)).toHaveLength(3);
    });

    it('lets two streams hold events with the same id, since idempotency is per stream', async () => {
      const store = storeUnderTest();
      const event = newEvent('Noted');
      const one = uniqueName('shared-id');
      const other = uniqueName('shared-id');
      await store.append(one, [event], { expected: 'no_stream' });
      await store.append(other, [event], { expected: 'no_stream' });
      expect(ids(await store.readStream(one))).toEqual([event.id]);
      expect(ids(await store.readStream(other))).toEqual([event.id]);
    });
  });
};
