import { MessageChannel } from 'node:worker_threads';
import { eventMetadataSchema } from '@gridline/events';
import { describe, expect, it } from 'vitest';
import type { Decoded } from '../projectionTarget.ts';
import { feedFollowers, flowBuffer, followFeed, markEnded } from './pipelineFeed.ts';

// The reader's and the followers' ends of a build's feed, over real message channels in
// one thread (the followers' side runs while the test awaits).

const passedOver = (commit: bigint): Decoded => ({
  ok: false,
  type: 'CaseAccepted',
  position: { commit, prepare: commit },
  error: new Error(`unreadable at ${commit}`),
});

const channels = (count: number) => Array.from({ length: count }, () => new MessageChannel());

const follow = (port: MessageChannel['port2'], flow: Int32Array, slot: number) => {
  const received: Decoded[][] = [];
  const how = followFeed(
    port,
    flow,
    slot,
    (batch) => received.push(batch),
    () => false,
  );
  return { received, how };
};

describe('pipelineFeed', () => {
  it('brings every follower each batch in order, bigints and errors intact, then the end', async () => {
    const pairs = channels(2);
    const flow = new Int32Array(flowBuffer(2));
    const feed = feedFollowers(
      pairs.map((pair) => pair.port1),
      flow,
      () => false,
    );
    const followers = pairs.map((pair, slot) => follow(pair.port2, flow, slot));
    feed.send([passedOver(1n), passedOver(2n)]);
    feed.send([]);
    feed.send([passedOver(3n)]);
    feed.end();
    expect(await Promise.all(followers.map((follower) => follower.how))).toEqual(['end', 'end']);
    for (const { received } of followers) {
      expect(
        received.map((batch) => batch.map((item) => !item.ok && item.position.commit)),
      ).toEqual([[1n, 2n], [3n]]);
      const first = received[0]![0]!;
      expect(!first.ok && first.error).toBeInstanceOf(Error);
      expect(!first.ok && first.error.message).toBe('unreadable at 1');
    }
    // Each follower counted what it applied, for the reader to keep within reach of it.
    expect([flow[0], flow[2]]).toEqual([2, 2]);
    feed.close();
  });

  it("keeps the reason an event could not be decoded, even zod's (its message is a getter)", async () => {
    const invalid = eventMetadataSchema.safeParse({ schemaVersion: 'one' }).error!;
    expect(invalid.message.length).toBeGreaterThan(0);
    const [pair] = channels(1);
    const flow = new Int32Array(flowBuffer(1));
    const feed = feedFollowers([pair!.port1], flow, () => false);
    const follower = follow(pair!.port2, flow, 0);
    const position = { commit: 7n, prepare: 7n };
    feed.send([{ ok: false, type: 'CaseAccepted', position, error: invalid }]);
    feed.end();
    expect(await follower.how).toBe('end');
    const [received] = follower.received[0]!;
    expect(!received!.ok && received!.error.message).toBe(invalid.message);
    feed.close();
  });

  it('neither waits for nor writes to a follower that has ended', async () => {
    const [pair] = channels(1);
    const flow = new Int32Array(flowBuffer(1));
    const feed = feedFollowers([pair!.port1], flow, () => false, 1);
    const posted: unknown[] = [];
    pair!.port2.on('message', (message) => posted.push(message));
    feed.send([passedOver(1n)]);
    expect(feed.listening()).toBe(true);
    markEnded(flow, 0);
    // One batch ahead is all it may be: without the mark, this send would wait for ever.
    feed.send([passedOver(2n)]);
    feed.end();
    feed.awaitEnded();
    expect(feed.listening()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(posted).toHaveLength(1);
    feed.close();
  });

  it('holds the reader back while a follower is as far behind as it may be, until a stop', () => {
    const [pair] = channels(1);
    const flow = new Int32Array(flowBuffer(1));
    let looks = 0;
    const feed = feedFollowers([pair!.port1], flow, () => ++looks > 2, 1);
    feed.send([passedOver(1n)]);
    expect(looks).toBe(0);
    // Nobody applies the first batch: the second send waits, looking for a stop each time.
    feed.send([passedOver(2n)]);
    expect(looks).toBe(3);
    feed.close();
  });

  it('tells a follower the reader went away before the end', async () => {
    const [pair] = channels(1);
    const flow = new Int32Array(flowBuffer(1));
    const feed = feedFollowers([pair!.port1], flow, () => false);
    const follower = follow(pair!.port2, flow, 0);
    feed.send([passedOver(1n)]);
    feed.close();
    expect(await follower.how).toBe('closed');
    expect(follower.received.length).toBeLessThanOrEqual(1);
  });
});
