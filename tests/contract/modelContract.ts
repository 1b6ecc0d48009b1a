import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WrongExpectedVersionError } from '@gridline/backend/eventStore/errors.ts';
import {
  comparePositions,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
} from '@gridline/backend/eventStore/port.ts';
import { referenceModel } from './referenceModel.ts';
import { expectStreamNotFound, uniqueName, type StoreUnderTest } from './storeHarness.ts';

// Batches are fresh ids, or a prefix of an earlier batch in the same stream maybe followed
// by a fresh id, so an id never turns up without the ids that came before it. That keeps
// to the cases where EventStoreDB's idempotency is definite: it doesn't check ids written
// out of order, at the exact current revision it appends known ids again, and for 'any'
// it looks ids up in a cache keyed by id alone, which the same id in another stream spoils.
const operation = fc.record({
  writer: fc.integer({ min: 0, max: 2 }),
  batch: fc.constantFrom('fresh', 'retry', 'partial'),
  size: fc.integer({ min: 1, max: 3 }),
  expectation: fc.constantFrom(
    'any',
    'no_stream',
    'stream_exists',
    'current',
    'original',
    'stale',
    'ahead',
  ),
  pick: fc.nat(),
  offset: fc.integer({ min: 1, max: 3 }),
});

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

interface Batch {
  readonly streamName: string;
  readonly ids: readonly string[];
}

const exactOrNoStream = (revision: number): ExpectedRevision =>
  revision < 0 ? 'no_stream' : BigInt(revision);

const runAgainstModel = async (store: EventStore, operations: readonly Operation[]) => {
  const prefix = uniqueName('model');
  const model = referenceModel();
  const written: Batch[] = [];
  const results: { streamName: string; result: AppendResult }[] = [];

  for (const [step, op] of operations.entries()) {
    const streamName = `${prefix}-${op.writer}`;
    const candidates = written.filter((batch) => batch.streamName === streamName);
    const source = op.batch === 'fresh' ? undefined : candidates[op.pick % candidates.length];
    const reused = source ? source.ids.slice(0, op.size) : [];
    const freshCount = !source ? op.size : op.batch === 'partial' ? 1 : 0;
    const ids = [...reused, ...Array.from({ length: freshCount }, () => randomUUID())];

    const last = model.lastRevision(streamName);
    const known = model.idsOf(streamName);
    const firstKnown = known.indexOf(ids[0]!);
    const expectations: Record<Operation['expectation'], ExpectedRevision> = {
      any: 'any',
      no_stream: 'no_stream',
      stream_exists: 'stream_exists',
      current: exactOrNoStream(last),
      original: exactOrNoStream(firstKnown >= 0 ? firstKnown - 1 : last),
      stale: BigInt(Math.max(0, last - op.offset)),
      ahead: BigInt(last + op.offset),
    };
    let expected = expectations[op.expectation];
    if (firstKnown >= 0 && typeof expected === 'bigint' && expected === BigInt(last)) {
      expected = exactOrNoStream(firstKnown - 1);
    }

    const events = ids.map((id) => ({ id, type: 'Modelled', data: { step }, metadata: {} }));
    const modelled = model.append(streamName, ids, expected);
    const outcome = await store.append(streamName, events, { expected }).then(
      (result) => ({ ok: true as const, result }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    const context = `step ${step}: ${JSON.stringify({ op, expected: String(expected) })}`;

    if (modelled.ok) {
      expect(outcome.ok, `${context} should succeed`).toBe(true);
      if (!outcome.ok) continue;
      expect(outcome.result.nextExpectedRevision, context).toBe(modelled.nextExpectedRevision);
      results.push({ streamName, result: outcome.result });
      if (modelled.wrote) written.push({ streamName, ids });
    } else {
      expect(outcome.ok, `${context} should conflict`).toBe(false);
      if (outcome.ok) continue;
      expect(outcome.error, context).toBeInstanceOf(WrongExpectedVersionError);
      const { actual, expected: reported } = outcome.error as WrongExpectedVersionError;
      expect({ actual, expected: reported }, context).toEqual({
        actual: modelled.actual,
        expected,
      });
    }
  }

  for (let writer = 0; writer < 3; writer += 1) {
    const streamName = `${prefix}-${writer}`;
    const expectedIds = model.idsOf(streamName);
    if (expectedIds.length === 0) {
      await expectStreamNotFound(store.readStream(streamName), streamName);
      continue;
    }
    const stored = await store.readStream(streamName);
    expect(stored.map((event) => event.id)).toEqual(expectedIds);
    for (const { result } of results.filter((entry) => entry.streamName === streamName)) {
      const lastEvent = stored[Number(result.nextExpectedRevision)]!;
      expect(comparePositions(result.position, lastEvent.position)).toBeGreaterThanOrEqual(0);
    }
  }
};

export const modelContract = (storeUnderTest: StoreUnderTest): void => {
  describe('Random sequences of appends from several writers', () => {
    it('agree with the reference model on every result, error and stored stream', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 20 }), (operations) =>
          runAgainstModel(storeUnderTest(), operations),
        ),
        { numRuns: 50 },
      );
    });
  });
};
