import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromStoredMetadata, toStoredMetadata } from './recordedEvents.ts';

/** What the server hands back: the stored metadata after a trip through JSON. */
const roundTrip = (metadata: unknown): unknown =>
  fromStoredMetadata(JSON.parse(JSON.stringify(toStoredMetadata(metadata))));

// Keys of the adapter's own naming, and plain ones, so collisions are common.
const key = fc.constantFrom(
  'correlationId',
  'causationId',
  '$correlationId',
  '$causationId',
  '$$correlationId',
  '$$$causationId',
  'actor',
);
const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));

describe('EventStoreDB metadata', () => {
  it('comes back exactly as appended, whatever keys the caller used', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value), (metadata) => {
        expect(roundTrip(metadata)).toEqual(metadata);
      }),
    );
  });

  it("keeps a caller's own $correlationId", () => {
    const metadata = { correlationId: 'c-1', $correlationId: 'mine' };
    expect(roundTrip(metadata)).toEqual(metadata);
  });

  it("is stored with EventStoreDB's $correlationId and $causationId for its projections", () => {
    expect(toStoredMetadata({ correlationId: 'c-1', causationId: 'e-0' })).toEqual({
      correlationId: 'c-1',
      causationId: 'e-0',
      $correlationId: 'c-1',
      $causationId: 'e-0',
    });
  });
});
