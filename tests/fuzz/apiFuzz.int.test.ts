import { describe, expect, it } from 'vitest';
import { fuzzApi } from './support/fuzzApi.ts';

// Random and malformed requests to every operation of /api/openapi.json (the live stream
// and the exports included), as signed-in people of every role and as strangers: bodies,
// Content-Type, If-Match, Idempotency-Key, X-Occurred-At, Accept, cookies, the CSRF header,
// path and query parameters. Each answer is a 4xx problem+json or a 2xx as documented,
// never a 5xx, and nothing refused (nor any read) writes to the log. Seeded, so a failure
// comes back with the same seed; more runs: GRIDLINE_FUZZ_RUNS, or by hand
// `npm run fuzz --workspace tests -- --runs 20000 --seed <n>`.

const runs = Number(process.env['GRIDLINE_FUZZ_RUNS'] ?? 3000);
const seed = Number(process.env['GRIDLINE_FUZZ_SEED'] ?? 20261129);

describe('The API under fuzzed requests', () => {
  it(`answers ${runs} random and malformed requests fairly, and refusals write nothing`, async () => {
    const report = await fuzzApi({ runs, seed });

    expect(report.failure).toBeUndefined();
    expect(report.operationsReached).toBe(report.operations);
    // Enough requests got through to the domain for the 2xx checks to mean something.
    expect(report.statuses['2xx']).toBeGreaterThan(runs / 50);
  }, 600_000);
});
