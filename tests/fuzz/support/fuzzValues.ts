import fc from 'fast-check';
import { listQueryOf } from '@gridline/backend/http/listRequest.ts';

// Values a careless, buggy or hostile client might put anywhere: the fuzzer's palette.

/** Visible ASCII and spaces: what a header may carry through fetch. */
export const headerText = fc.stringMatching(/^[\x20-\x7e]{0,60}$/);

/** Names every JavaScript object answers to: a lookup by client input must not find them. */
export const inheritedNames = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  'isPrototypeOf',
);

/** Strings that have broken parsers before: encodings, numbers, names JavaScript knows. */
export const nasty = fc.constantFrom(
  '',
  ' ',
  '..',
  '%',
  '%ZZ',
  '%E0%A4%A',
  '%00',
  '%C0%AF',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '0',
  '-1',
  '1e309',
  '9007199254740993',
  '99999999999999999999',
  '0x10',
  '1/1',
  '-1/-1',
  '18446744073709551616/1',
  'true',
  '[]',
  '{}',
  '2026-02-30',
  '2026-06-01T09:00:00',
  '2026-06-01T09:00:00+08:00',
  '9999-12-31T23:59:59Z',
  '0000-01-01T00:00:00Z',
  '🙂',
  '瑞益园',
  '\u202e',
  '../../etc/passwd',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  'a'.repeat(5000),
);

/** Cursors and anchors shaped like the real ones, holding what they should not. */
export const shapedLikeReal = fc.oneof(
  fc
    .record({
      value: fc.jsonValue({ maxDepth: 1 }),
      key: fc.oneof(nasty, fc.jsonValue({ maxDepth: 1 })),
      // A cursor names the list it pages; these are the unfiltered board's and audit log's,
      // so a forged value gets past that check and reaches the query.
      query: fc.oneof(
        nasty,
        fc.constantFrom(
          ...(['deadline', 'position'] as const).flatMap((column) =>
            (['asc', 'desc'] as const).map((direction) => listQueryOf({ column, direction }, {})),
          ),
        ),
      ),
    })
    .map((cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url')),
  fc
    .tuple(
      fc.oneof(fc.nat(), fc.constantFrom(0, 999_999_999_999_999)),
      fc.stringMatching(/^[0-9a-f]{64}$/),
    )
    .map(([position, hash]) => `${position}:${hash}`),
  fc.tuple(fc.nat(), fc.nat()).map(([commit, prepare]) => `${commit}/${prepare}`),
  fc
    .date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    })
    .chain((date) =>
      fc.constantFrom(
        date.toISOString(),
        date.toISOString().slice(0, 10),
        date.toISOString().slice(0, 7),
      ),
    ),
);

/** A string anywhere: random, unicode, or one from the palette. */
export const anyText = fc.oneof(
  { weight: 2, arbitrary: nasty },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: shapedLikeReal },
);

/** Values that valid requests hold in the test district, for query parameters. */
export const plausible = fc.constantFrom(
  'grid-ryy-1',
  'grid-hp-1',
  'comm-ruiyiyuan',
  'street-ruiling',
  'dept-police-ruiling',
  'district-1',
  'grid:grid-ryy-1',
  'community:comm-ruiyiyuan',
  'street:street-ruiling',
  'district:district-1',
  'department:dept-police-ruiling',
  'p-worker',
  'CaseLogged',
  'case-',
  'true',
  'false',
  '1',
  '10',
  '200',
  '1/1',
  '12/12',
  '2026-05',
  '2026-05-01',
  '2026-06-01',
  '2026-05-01T00:00:00+08:00',
  'opened_at',
  '-opened_at',
  'due',
  'month',
  'week',
  'day',
);

/** A JSON value bent out of a well-formed one: a field dropped, changed or added. */
export const bentJson = (sample: unknown): fc.Arbitrary<unknown> => {
  if (typeof sample !== 'object' || sample === null || Array.isArray(sample))
    return fc.jsonValue({ maxDepth: 3 });
  if (Object.keys(sample).length === 0)
    return fc.oneof(fc.constant(sample), fc.dictionary(anyText, fc.jsonValue({ maxDepth: 2 })));
  const keys = Object.keys(sample);
  const record = sample as Record<string, unknown>;
  const replacement = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    anyText,
    inheritedNames,
    fc.constant(undefined),
  );
  return fc.oneof(
    fc.constant(sample),
    fc.constant(sample),
    fc.constant(sample),
    fc.constant(sample),
    fc.constant(sample),
    fc
      .record({ key: fc.constantFrom(...keys), value: replacement })
      .map(({ key, value }) => ({ ...record, [key]: value })),
    fc
      .record({
        key: fc.oneof(anyText, fc.constantFrom('__proto__', 'constructor')),
        value: fc.jsonValue({ maxDepth: 2 }),
      })
      .map(({ key, value }) => ({ ...record, [key]: value })),
    fc.subarray(keys).map((kept) => Object.fromEntries(kept.map((key) => [key, record[key]]))),
    fc
      .record({
        key: fc.constantFrom(...keys),
        inner: fc.oneof(fc.jsonValue({ maxDepth: 2 }), anyText),
        turns: fc.array(fc.nat(), { maxLength: 4 }),
      })
      .map(({ key, inner, turns }) => ({ ...record, [key]: bendDeep(record[key], inner, turns) })),
  );
};

/**
 * Replaces one value deep inside a nested one, following `turns` (an index at each level),
 * so the checks on nested fields (a meeting's matters, a patrol's findings) are reached.
 */
const bendDeep = (value: unknown, inner: unknown, turns: readonly number[]): unknown => {
  const [turn, ...rest] = turns;
  if (turn === undefined) return inner;
  if (Array.isArray(value)) {
    if (value.length === 0) return [inner];
    const index = turn % value.length;
    return value.map((item, at) => (at === index ? bendDeep(item, inner, rest) : item));
  }
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    if (keys.length === 0) return inner;
    const key = keys[turn % keys.length]!;
    return { ...value, [key]: bendDeep((value as Record<string, unknown>)[key], inner, rest) };
  }
  return inner;
};

/** Bodies no JSON parser should choke on, and some it must refuse. */
export const rawBodies = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    '{"a":',
    'null',
    '[]',
    '""',
    '0',
    '1e999',
    '{"__proto__":{"polluted":1}}',
    '{"constructor":{"prototype":{"polluted":1}}}',
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
    `{"text":"${'长'.repeat(100_000)}"}`,
    '\u0000',
    '\ufeff{}',
  ),
  fc.string({ maxLength: 50 }),
  // Any UTF-16 code units, lone surrogates included.
  fc.string({ unit: 'binary', maxLength: 50 }),
);
