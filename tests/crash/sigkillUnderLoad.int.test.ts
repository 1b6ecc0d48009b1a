import { describe, expect, it } from 'vitest';
import { crashRounds, type RoundReport } from './support/crashRounds.ts';

// The real server (`npm start`'s entry on a real data directory), SIGKILLed while many
// clients send it commands, twenty times over. After each kill: every command that was
// answered 2xx is in the log exactly once, where its answer said; the chain verifies; a
// request left unanswered, sent again with its key after the restart, is answered and
// written once; and the read models the killed server left, caught up by the restarted
// one, equal a rebuild from position 0 row by row. 1,000 rounds by hand:
// `npm run crash --workspace tests -- --rounds 1000`.

describe('The server killed with SIGKILL under concurrent load', () => {
  it('keeps every acknowledged command once, a verifying chain and read models equal to a rebuild, 20 rounds', async () => {
    const reports: RoundReport[] = [];
    for await (const report of crashRounds({
      rounds: 20,
      clients: 8,
      acksPerRound: [10, 60],
      seed: 20,
      roundsPerDataDir: 20,
    }))
      reports.push(report);

    expect(reports.filter((report) => report.problems.length > 0)).toEqual([]);
    // The kills landed mid-load: requests were in flight, and were retried afterwards.
    expect(reports.every((report) => report.unanswered > 0)).toBe(true);
    expect(reports.slice(1).every((report) => report.retried > 0)).toBe(true);
    expect(reports.at(-1)!.logHead).toBeGreaterThan(300);
  }, 300_000);
});
