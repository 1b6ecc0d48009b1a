import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInto, type GeneratedDemo } from './demoHarness.ts';

// The demo district is a function of its seed: the same seed writes the same log, event
// for event (ids included, since they derive from idempotency keys); another seed does not.

const essence = ({ events }: GeneratedDemo) =>
  events.map((event) => ({ stream: event.streamName, type: event.type, data: event.data }));

describe('The demo district generator', () => {
  let first: GeneratedDemo;
  let again: GeneratedDemo;
  let other: GeneratedDemo;
  beforeAll(async () => {
    first = await generateInto(7);
    again = await generateInto(7);
    other = await generateInto(8);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([first, again, other].map((demo) => demo?.close()));
  });

  it('writes the same sequence of streams, types and data for the same seed', () => {
    expect(first.events.length).toBeGreaterThan(500);
    expect(essence(again)).toEqual(essence(first));
  });

  it('gives the same event ids and metadata for the same seed', () => {
    expect(again.events.map((event) => [event.id, event.metadata])).toEqual(
      first.events.map((event) => [event.id, event.metadata]),
    );
  });

  it('writes a different history for a different seed', () => {
    expect(essence(other)).not.toEqual(essence(first));
    const caseStreamsOf = (demo: GeneratedDemo) =>
      new Set(demo.events.filter((e) => e.streamName.startsWith('case-')).map((e) => e.streamName));
    const shared = [...caseStreamsOf(other)].filter((stream) => caseStreamsOf(first).has(stream));
    expect(shared).toEqual([]);
  });

  it('keeps the district the same shape whatever the seed: 瑞益园 has its 9 grids', () => {
    for (const demo of [first, other]) {
      const ruiyiyuan = demo.demo.district.streets
        .flatMap((street) => street.communities)
        .find((community) => community.name === '瑞益园社区');
      expect(ruiyiyuan?.grids).toHaveLength(9);
    }
  });
});
