import fc from 'fast-check';
import { sendAndJudge } from './fuzzCheck.ts';
import { fuzzRequest } from './fuzzRequests.ts';
import { startFuzzServer } from './fuzzServer.ts';

export interface FuzzReport {
  /** Requests sent, those that shrank a failure included. */
  readonly runs: number;
  readonly seed: number;
  /** Answers by status class, e.g. { '2xx': 310, '4xx': 1690 }. */
  readonly statuses: Record<string, number>;
  /** Operations of the document that the runs reached. */
  readonly operationsReached: number;
  readonly operations: number;
  /** fast-check's report of the first failure, shrunk; undefined when every run passed. */
  readonly failure?: string;
}

/**
 * `runs` fuzzed requests against every operation of /api/openapi.json, from `seed`:
 * the same seed sends the same requests (to a server set up the same way).
 */
export const fuzzApi = async (options: {
  runs: number;
  seed: number;
  onProgress?: (done: number) => void;
}): Promise<FuzzReport> => {
  const server = await startFuzzServer();
  const statuses: Record<string, number> = {};
  const reached = new Set<string>();
  let done = 0;
  try {
    const result = await fc.check(
      fc.asyncProperty(fuzzRequest(server.operations, server.world), async (request) => {
        const verdict = await sendAndJudge(request, server);
        const kind = `${String(verdict.status)[0]}xx`;
        statuses[kind] = (statuses[kind] ?? 0) + 1;
        reached.add(request.operation);
        options.onProgress?.((done += 1));
        if (verdict.failure) throw new Error(verdict.failure);
      }),
      { numRuns: options.runs, seed: options.seed, endOnFailure: false, maxSkipsPerRun: 0 },
    );
    return {
      // Shrinking a failure sends more; without one, exactly the runs asked for.
      runs: done,
      seed: options.seed,
      statuses,
      operationsReached: reached.size,
      operations: server.operations.length,
      ...(result.failed && {
        failure: `${(result.errorInstance as Error | undefined)?.message}\n${fc.defaultReportMessage(result)}`,
      }),
    };
  } finally {
    await server.api.close();
  }
};
