import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  expectStreamNotFound,
  ids,
  newEvent,
  newEvents,
  uniqueName,
  type StoreUnderTest,
} from './storeHarness.ts';

const revisions = (events: readonly { revision: bigint }[]): bigint[] =>
  events.map((event) => event.revision);

const range = (from: number, to: number): bigint[] =>
  Array.from({ length: Math.abs(to - from) + 1 }, (_, index) =>
    BigInt(from + (to >= from ? index : -index)),
  );

export const readStreamContract = (storeUnderTest: StoreUnderTest): void => {
  describe('Reading a stream', () => {
    const tenEvents = async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('read');
      const events = newEvents(10);
      await store.append(streamName, events, { expected: 'no_stream' });
      return { store, streamName, events };
    };

    it('reads forwards from the start by default', async () => {
      const { store, streamName, events } = await tenEvents();
      const read = await store.readStream(streamName);
      expect(ids(read)).toEqual(ids(events));
      expect(revisions(read)).toEqual(range(0, 9));
    });

    it('reads backwards from the end by default', async () => {
      const { store, streamName, events } = await tenEvents();
      const read = await store.readStream(streamName, { direction: 'backwards' });
      expect(ids(read)).toEqual(ids(events).reverse());
      expect(revisions(read)).toEqual(range(9, 0));
    });

    it('reads forwards from a revision, inclusive, up to maxCount events', async () => {
      const { store, streamName } = await tenEvents();
      const read = await store.readStream(streamName, { fromRevision: 3n, maxCount: 4 });
      expect(revisions(read)).toEqual(range(3, 6));
    });

    it('reads backwards from a revision, inclusive, up to maxCount events', async () => {
      const { store, streamName } = await tenEvents();
      const read = await store.readStream(streamName, {
        direction: 'backwards',
        fromRevision: 6n,
        maxCount: 4,
      });
      expect(revisions(read)).toEqual(range(6, 3));
    });

    it('reads backwards from the end up to maxCount events', async () => {
      const { store, streamName } = await tenEvents();
      const read = await store.readStream(streamName, {
        direction: 'backwards',
        fromRevision: 'end',
        maxCount: 2,
      });
      expect(revisions(read)).toEqual([9n, 8n]);
    });

    it('reads nothing forwards from the end, which is after the last event', async () => {
      const { store, streamName } = await tenEvents();
      expect(await store.readStream(streamName, { fromRevision: 'end' })).toEqual([]);
    });

    it('reads nothing forwards from past the last revision', async () => {
      const { store, streamName } = await tenEvents();
      expect(await store.readStream(streamName, { fromRevision: 10n })).toEqual([]);
    });

    it('throws StreamNotFoundError for a stream that was never written', async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('missing');
      await expectStreamNotFound(store.readStream(streamName), streamName);
      await expectStreamNotFound(
        store.readStream(streamName, { direction: 'backwards' }),
        streamName,
      );
      await expectStreamNotFound(store.readStream(streamName, { fromRevision: 'end' }), streamName);
    });

    it('keeps five thousand events in order both ways', async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('long');
      const events = newEvents(5000);
      for (let start = 0; start < events.length; start += 500) {
        const expected = start === 0 ? ('no_stream' as const) : BigInt(start - 1);
        await store.append(streamName, events.slice(start, start + 500), { expected });
      }
      const forwards = await store.readStream(streamName);
      expect(ids(forwards)).toEqual(ids(events));
      expect(revisions(forwards)).toEqual(range(0, 4999));
      const backwards = await store.readStream(streamName, { direction: 'backwards' });
      expect(ids(backwards)).toEqual(ids(events).reverse());
    });

    it('records what was appended: id, type, stream, revision, data, metadata and time', async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('recorded');
      const withMetadata = newEvent(
        'CaseLogged',
        { caseId: 'c-1', level: 2, tags: ['a'] },
        {
          actor: { personId: 'p-7', role: 'grid_worker' },
          correlationId: randomUUID(),
          causationId: randomUUID(),
        },
      );
      const withoutMetadata = newEvent('CaseNoteAdded', { text: 'x' }, null);
      const before = Date.now();
      await store.append(streamName, [withMetadata, withoutMetadata], { expected: 'no_stream' });
      const [first, second] = await store.readStream(streamName);
      expect(first).toMatchObject({ ...withMetadata, streamName, revision: 0n });
      expect(second).toMatchObject({ ...withoutMetadata, streamName, revision: 1n });
      // Only the store's own keys differ between adapters; nothing else may be added.
      expect(first!.metadata).toEqual(withMetadata.metadata);
      // The server's clock, which may drift a little from ours.
      expect(Math.abs(first!.created.getTime() - before)).toBeLessThan(5 * 60_000);
    });

    it("keeps metadata exactly: falsy values, and keys named like the store's own", async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('metadata');
      const metadata = [0, false, '', { correlationId: 'c', $correlationId: 'own', $$x: 1 }];
      const events = metadata.map((value) => newEvent('Noted', {}, value));
      await store.append(streamName, events, { expected: 'no_stream' });
      const read = await store.readStream(streamName);
      expect(read.map((event) => event.metadata)).toEqual(metadata);
    });

    it('round-trips Chinese text in stream names, types, data and metadata exactly', async () => {
      const store = storeUnderTest();
      const streamName = uniqueName('网格事件');
      const event = newEvent(
        '案件已登记',
        {
          标题: '楼道堆物影响消防通道',
          描述: '三号楼二单元楼道堆放杂物，居民多次反映。「紧急」😀',
          网格: { 社区: '东湖社区', 编号: 'E-07' },
          标签: ['消防', '堆物'],
        },
        { 备注: '由网格员现场核实', correlationId: randomUUID() },
      );
      await store.append(streamName, [event], { expected: 'no_stream' });
      const [read] = await store.readStream(streamName);
      expect(read!.streamName).toBe(streamName);
      expect(read!.type).toBe(event.type);
      expect(read!.data).toEqual(event.data);
      expect(read!.metadata).toEqual(event.metadata);
    });
  });
};
