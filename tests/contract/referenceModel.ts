// The append contract as a few lines of plain code: what a store must answer, given the
// ids already in each stream. It covers only the cases where EventStoreDB's rules are
// definite (see modelContract.ts for the cases the generator avoids).
import type { ExpectedRevision } from '@gridline/backend/eventStore/port.ts';

export type ModelOutcome =
  | { readonly ok: true; readonly nextExpectedRevision: bigint; readonly wrote: boolean }
  | { readonly ok: false; readonly actual: bigint | 'no_stream' };

export const referenceModel = () => {
  const streams = new Map<string, string[]>();

  const idsOf = (streamName: string): readonly string[] => streams.get(streamName) ?? [];
  /** The last revision, -1 when the stream does not exist. */
  const lastRevision = (streamName: string): number => idsOf(streamName).length - 1;

  const meets = (expected: ExpectedRevision, last: number): boolean =>
    expected === 'any' ||
    (expected === 'no_stream' && last < 0) ||
    (expected === 'stream_exists' && last >= 0) ||
    (typeof expected === 'bigint' && BigInt(last) === expected);

  const append = (streamName: string, ids: readonly string[], expected: ExpectedRevision) => {
    const stream = [...idsOf(streamName)];
    const last = stream.length - 1;
    const conflict: ModelOutcome = { ok: false, actual: last < 0 ? 'no_stream' : BigInt(last) };
    const found = ids.map((id) => stream.indexOf(id));
    if (found.every((revision) => revision < 0)) {
      if (!meets(expected, last)) return conflict;
      streams.set(streamName, [...stream, ...ids]);
      return { ok: true, nextExpectedRevision: BigInt(last + ids.length), wrote: true } as const;
    }
    // Ids already there: a retry only if all of them are, in order, where expected says.
    const start = found[0]!;
    const inOrder = found.every((revision, index) => revision === start + index);
    const place =
      expected === 'no_stream' ? -1 : typeof expected === 'bigint' ? Number(expected) : start - 1;
    if (!inOrder || place !== start - 1) return conflict;
    return { ok: true, nextExpectedRevision: BigInt(found.at(-1)!), wrote: false } as const;
  };

  return { append, idsOf, lastRevision };
};

export type ReferenceModel = ReturnType<typeof referenceModel>;
