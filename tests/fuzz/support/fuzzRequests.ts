import fc from 'fast-check';
import type { Operation, Parameter } from './fuzzOperations.ts';
import {
  anyText,
  bentJson,
  headerText,
  inheritedNames,
  nasty,
  plausible,
  rawBodies,
} from './fuzzValues.ts';

// One fuzzed request: who sends it, to which operation, with which path and query
// values, headers and body. Plain data, so fast-check can print and shrink it.

export type Identity =
  | { readonly kind: 'stranger' }
  | { readonly kind: 'forged cookie'; readonly cookie: string }
  | {
      readonly kind: 'person';
      readonly username: string;
      readonly csrf: 'right' | 'missing' | 'wrong';
      readonly cookieForm: 'plain' | 'quoted' | 'among others' | 'twice';
    };

export type Body =
  | { readonly kind: 'none' }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'raw'; readonly text: string };

export interface FuzzRequest {
  readonly operation: string;
  readonly method: string;
  readonly identity: Identity;
  /** Path segments, as sent (already percent-encoded, or deliberately not). */
  readonly path: Record<string, string>;
  readonly query: readonly (readonly [string, string])[];
  readonly headers: Record<string, string>;
  readonly body: Body;
}

/** `value` once in `every` runs, else null: most requests should stay mostly well formed. */
const sometimes = <T>(value: fc.Arbitrary<T>, every: number): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: every - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: value });

export interface FuzzWorld {
  readonly usernames: readonly string[];
  /**
   * Cases that exist, in several states, so some requests reach the domain rules; cases
   * the fuzzer opens join them. Picked by index, so a seed picks the same ones again.
   */
  readonly caseIds: readonly string[];
}

const identity = (world: FuzzWorld): fc.Arbitrary<Identity> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant({ kind: 'stranger' as const }) },
    {
      weight: 1,
      arbitrary: fc
        .oneof(headerText, fc.constantFrom('gridline_session=', 'gridline_session="x'))
        .map((text) => ({
          kind: 'forged cookie' as const,
          cookie: text.includes('=') ? text : `gridline_session=${text}`,
        })),
    },
    {
      weight: 12,
      arbitrary: fc.record({
        kind: fc.constant('person' as const),
        // Admins may do most things: more of their requests reach the domain rules.
        username: fc.oneof(fc.constantFrom(...world.usernames), fc.constant('admin')),
        csrf: fc.constantFrom('right', 'right', 'right', 'right', 'right', 'missing', 'wrong'),
        cookieForm: fc.constantFrom('plain', 'plain', 'plain', 'quoted', 'among others', 'twice'),
      }),
    },
  );

const pathValue = (parameter: Parameter, world: FuzzWorld): fc.Arbitrary<string> => {
  const known =
    parameter.name === 'caseId'
      ? fc.nat().map((index) => world.caseIds[index % world.caseIds.length]!)
      : fc.constantFrom('grid-ryy-1', 'grid-ryy-2', 'grid-hp-1', 'grid-none');
  return fc.oneof(
    { weight: 4, arbitrary: known },
    { weight: 2, arbitrary: anyText.map(encodeURIComponent) },
    // Left as sent: malformed percent-encoding reaches the router's own decoding.
    { weight: 1, arbitrary: nasty.filter((text) => text !== '' && !text.includes('/')) },
  );
};

const queryValue = (parameter: Parameter): fc.Arbitrary<string> =>
  fc.oneof(
    ...(parameter.listed.length > 0
      ? [{ weight: 3, arbitrary: fc.constantFrom(...parameter.listed) }]
      : []),
    { weight: 2, arbitrary: plausible },
    { weight: 2, arbitrary: anyText },
    { weight: 1, arbitrary: inheritedNames },
  );

const queryOf = (operation: Operation): fc.Arbitrary<(readonly [string, string])[]> => {
  const named = operation.parameters
    .filter((parameter) => parameter.in === 'query')
    .map((parameter) =>
      sometimes(
        fc
          .array(queryValue(parameter), { minLength: 1, maxLength: 2 })
          .map((values) => values.map((value) => [parameter.name, value] as const)),
        3,
      ),
    );
  const unknown = sometimes(fc.tuple(anyText, anyText), 5);
  return fc
    .tuple(fc.tuple(...named), unknown)
    .map(([pairs, extra]) => [...pairs.flatMap((found) => found ?? []), ...(extra ? [extra] : [])]);
};

const headerValues: Record<string, fc.Arbitrary<string>> = {
  'content-type': fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset=utf-16',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/problem+json',
    'application/json-patch+json',
    '*/*',
    'json',
  ),
  'if-match': fc.oneof(
    fc.constantFrom('"0"', '"1"', '"2"', 'W/"3"', '*', '"99999999999999999999"', '"-1"', '""'),
    headerText,
  ),
  'idempotency-key': fc.oneof(
    fc.uuid(),
    fc.constantFrom('', 'k'.repeat(201), 'same-key'),
    headerText,
  ),
  'x-occurred-at': fc.oneof(
    fc.constantFrom(
      '2026-05-31T09:00:00+08:00',
      '2026-06-01T09:04:00+08:00',
      '2026-06-02T09:00:00+08:00',
      '1999-12-31T23:59:59Z',
      '2026-06-01',
      '2026-13-45T25:61:61Z',
    ),
    headerText,
  ),
  'x-correlation-id': fc.oneof(fc.uuid(), headerText),
  accept: fc.constantFrom(
    'application/json',
    'text/event-stream',
    'application/problem+json',
    '*/*',
    'text/html',
    'application/xml',
    'image/png;q=0.1',
  ),
  // The fuzz server trusts a loopback proxy, as GRIDLINE_TRUST_PROXY would: sign-in
  // throttling then counts the address this header names.
  'x-forwarded-for': fc.oneof(
    fc.constantFrom(
      '203.0.113.9',
      '::ffff:1.2.3.4',
      'fe80::1%eth0',
      '2001:db8::1',
      '::',
      '1.2.3.4, 5.6.7.8',
      'unknown',
    ),
    headerText,
  ),
  'last-event-id': fc.oneof(fc.constantFrom('1/1', '0', '99999999/99999999', '-5'), headerText),
};

const headersOf = fc
  .tuple(
    ...Object.entries(headerValues).map(([name, value]) =>
      sometimes(
        value.map((text) => [name, text] as const),
        6,
      ),
    ),
  )
  .map((pairs) => Object.fromEntries(pairs.filter((pair) => pair !== null)));

const bodyOf = (operation: Operation): fc.Arbitrary<Body> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
    {
      weight: 6,
      arbitrary: bentJson(operation.sampleBody).map((value) => ({ kind: 'json' as const, value })),
    },
    {
      weight: 1,
      arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => ({ kind: 'json' as const, value })),
    },
    { weight: 1, arbitrary: rawBodies.map((text) => ({ kind: 'raw' as const, text })) },
  );

const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

export const fuzzRequest = (
  operations: readonly Operation[],
  world: FuzzWorld,
): fc.Arbitrary<FuzzRequest> =>
  fc.constantFrom(...operations).chain((operation) =>
    fc.record({
      operation: fc.constant(`${operation.method} ${operation.template}`),
      // Mostly the documented method; now and then one the route does not take.
      method: fc.oneof(
        { weight: 9, arbitrary: fc.constant(operation.method) },
        { weight: 1, arbitrary: fc.constantFrom(...methods) },
      ),
      identity: identity(world),
      path: fc.record(
        Object.fromEntries(
          operation.parameters
            .filter((parameter) => parameter.in === 'path')
            .map((parameter) => [parameter.name, pathValue(parameter, world)]),
        ),
      ),
      query: queryOf(operation),
      headers: headersOf,
      body: operation.method === 'GET' ? fc.constant({ kind: 'none' as const }) : bodyOf(operation),
    }),
  );
