import { describe, expect, it } from 'vitest';
import type { EventToAppend, RecordedEvent } from '@gridline/backend/eventStore/port.ts';
import {
  expectIncreasing,
  ids,
  newEvent,
  newEvents,
  readOwnBackwards,
  readOwnForwards,
  uniqueName,
  type StoreUnderTest,
} from './storeHarness.ts';

const collect = async (events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
};

export const readAllContract = (storeUnderTest: StoreUnderTest): void => {
  describe('Reading all events', () => {
    /** Six single-event appends over three streams, interleaved. */
    const interleaved = async () => {
      const store = storeUnderTest();
      const prefix = uniqueName('all');
      const appended: EventToAppend[] = [];
      for (let round = 0; round < 2; round += 1) {
        for (const stream of ['a', 'b', 'c']) {
          const event = newEvent('Noted', { stream, round });
          await store.append(`${prefix}-${stream}`, [event], { expected: 'any' });
          appended.push(event);
        }
      }
      const [first] = await store.readStream(`${prefix}-a`);
      return { store, prefix, appended, oldest: first!.position };
    };

    it('reads forwards in the order the events were appended', async () => {
      const { store, prefix, appended, oldest } = await interleaved();
      const read = await readOwnForwards(store, oldest, prefix, appended.length);
      expect(ids(read)).toEqual(ids(appended));
      expectIncreasing(read.map((event) => event.position));
    });

    it('reads backwards in reverse order', async () => {
      const { store, prefix, appended, oldest } = await interleaved();
      const read = await readOwnBackwards(store, 'end', oldest, prefix);
      expect(ids(read)).toEqual(ids(appended).reverse());
    });

    it('reads from a position inclusively in both directions', async () => {
      const { store, prefix, appended, oldest } = await interleaved();
      const [third] = await store.readStream(`${prefix}-c`);
      const forwards = await readOwnForwards(store, third!.position, prefix, 4);
      expect(ids(forwards)).toEqual(ids(appended.slice(2)));
      const backwards = await readOwnBackwards(store, third!.position, oldest, prefix);
      expect(ids(backwards)).toEqual(ids(appended.slice(0, 3)).reverse());
    });

    it('stops after maxCount events in both directions', async () => {
      const { store, prefix } = await interleaved();
      const [third] = await store.readStream(`${prefix}-c`);
      const forwards = await collect(store.readAll({ fromPosition: third!.position, maxCount: 2 }));
      expect(forwards).toHaveLength(2);
      expect(forwards[0]!.position).toEqual(third!.position);
      const backwards = await collect(
        store.readAll({ direction: 'backwards', fromPosition: third!.position, maxCount: 2 }),
      );
      expect(backwards).toHaveLength(2);
      expect(backwards[0]!.position).toEqual(third!.position);
    });

    it('reads the same events, with the same fields, as reading their streams', async () => {
      const { store, prefix, appended, oldest } = await interleaved();
      const read = await readOwnForwards(store, oldest, prefix, appended.length);
      const fromStreams = [
        ...(await store.readStream(`${prefix}-a`)),
        ...(await store.readStream(`${prefix}-b`)),
        ...(await store.readStream(`${prefix}-c`)),
      ];
      for (const event of read) {
        expect(fromStreams.find((candidate) => candidate.id === event.id)).toEqual(event);
      }
    });

    it('reads only what a filter lets through, in log order, counting only those', async () => {
      const { store, prefix, appended, oldest } = await interleaved();
      const ofStreams = (...names: string[]) =>
        appended.filter((_, index) => names.includes(['a', 'b', 'c'][index % 3]!));
      const filter = { streamPrefixes: [`${prefix}-a`, `${prefix}-c`] };
      const forwards = await collect(store.readAll({ fromPosition: oldest, filter }));
      expect(ids(forwards)).toEqual(ids(ofStreams('a', 'c')));
      expectIncreasing(forwards.map((event) => event.position));
      const firstThree = await collect(
        store.readAll({ fromPosition: oldest, filter, maxCount: 3 }),
      );
      expect(ids(firstThree)).toEqual(ids(ofStreams('a', 'c')).slice(0, 3));
      const backwards = await collect(
        store.readAll({ direction: 'backwards', filter: { streamPrefixes: [`${prefix}-b`] } }),
      );
      expect(ids(backwards)).toEqual(ids(ofStreams('b')).reverse());
      const [second] = await store.readStream(`${prefix}-b`);
      const fromSecond = await collect(
        store.readAll({ fromPosition: second!.position, filter: { streamPrefixes: [prefix] } }),
      );
      expect(ids(fromSecond)).toEqual(ids(appended.slice(1)));
      const noted = { streamPrefixes: [prefix], eventTypes: ['Noted'] };
      expect(await collect(store.readAll({ fromPosition: oldest, filter: noted }))).toHaveLength(6);
      const none = { streamPrefixes: [prefix], eventTypes: ['NeverWritten'] };
      expect(await collect(store.readAll({ fromPosition: oldest, filter: none }))).toEqual([]);
    });

    // More matches than one page of the embedded store holds (1,000), over streams written
    // in turns: the pages must join in log order, whichever way and wherever they start.
    it('reads a filter past one page, in log order both ways, from any position', async () => {
      const store = storeUnderTest();
      const prefix = uniqueName('paged');
      const appended: EventToAppend[] = [];
      for (let round = 0; round < 9; round += 1) {
        for (const stream of ['a', 'b', 'other']) {
          const events = Array.from({ length: stream === 'other' ? 50 : 130 }, (_, n) =>
            newEvent('Noted', { stream, round, n }),
          );
          await store.append(`${stream === 'other' ? uniqueName('x') : prefix}-${stream}`, events, {
            expected: 'any',
          });
          if (stream !== 'other') appended.push(...events);
        }
      }
      const filter = { streamPrefixes: [prefix] };
      const [first] = await store.readStream(`${prefix}-a`);
      const forwards = await collect(store.readAll({ fromPosition: first!.position, filter }));
      expect(ids(forwards)).toEqual(ids(appended));
      expectIncreasing(forwards.map((event) => event.position));
      const backwards = await collect(store.readAll({ direction: 'backwards', filter }));
      expect(ids(backwards)).toEqual(ids(appended).reverse());
      const middle = forwards[1_100]!.position;
      const fromMiddle = await collect(
        store.readAll({ fromPosition: middle, filter, maxCount: 1_050 }),
      );
      expect(ids(fromMiddle)).toEqual(ids(appended.slice(1_100, 2_150)));
      const beforeMiddle = await collect(
        store.readAll({ direction: 'backwards', fromPosition: middle, filter }),
      );
      expect(ids(beforeMiddle)).toEqual(ids(appended.slice(0, 1_101)).reverse());
    });

    // The embedded store pages by stream prefix and then drops what the event types do not
    // pass: a page (1,000) of passed-over events before the wanted ones must not end the
    // read, maxCount counts the wanted ones only, and overlapping prefixes name each once.
    it('reads types and prefixes together past a page of others, each event once', async () => {
      const store = storeUnderTest();
      const prefix = uniqueName('typed');
      await store.append(`${prefix}-a`, newEvents(1_200, 'Other'), { expected: 'any' });
      const wanted = newEvents(7, 'Wanted');
      await store.append(`${prefix}-a`, wanted, { expected: 'any' });
      await store.append(`${prefix}-a`, newEvents(1_200, 'Other'), { expected: 'any' });
      const filter = { streamPrefixes: [prefix, `${prefix}-a`], eventTypes: ['Wanted'] };
      expect(ids(await collect(store.readAll({ filter, maxCount: 5 })))).toEqual(
        ids(wanted.slice(0, 5)),
      );
      expect(
        ids(await collect(store.readAll({ direction: 'backwards', filter, maxCount: 5 }))),
      ).toEqual(ids(wanted.slice(2)).reverse());
      const all = await collect(
        store.readAll({ filter: { streamPrefixes: [prefix, `${prefix}-a`] } }),
      );
      expect(all).toHaveLength(2_407);
      expectIncreasing(all.map((event) => event.position));
    });

    it('reads nothing forwards from the end', async () => {
      const { store } = await interleaved();
      expect(await collect(store.readAll({ fromPosition: 'end' }))).toEqual([]);
    });

    it('never returns system events', async () => {
      const { store } = await interleaved();
      const newest = await collect(store.readAll({ direction: 'backwards', maxCount: 200 }));
      const system = newest.filter(
        (event) => event.type.startsWith('$') || event.streamName.startsWith('$'),
      );
      expect(system).toEqual([]);
    });
  });
};
