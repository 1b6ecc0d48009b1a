// Command → event on an open live stream (GET /api/live): how long from sending a command
// over HTTP until another person's open stream delivers its change, over a real server on
// the embedded store. Run by hand: `npm run bench:live` (from tests/); figures go into
// docs/benchmarks.md, never into tests.
import { startApiServer } from '../api/support/apiServer.ts';
import { openLiveStream, type LiveStream } from '../api/support/liveStream.ts';
import { disputeBody } from '../api/support/payloads.ts';
import type { Username } from '../api/support/testDistrict.ts';

const commands = 300;

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

const api = await startApiServer(new Date());
try {
  const worker = await api.as('worker');
  const { caseId } = (await worker.post('/api/cases/disputes', disputeBody)).body as {
    caseId: string;
  };
  const streamsOf = async (usernames: readonly Username[]): Promise<LiveStream[]> => {
    const streams = [];
    for (const username of usernames) {
      const stream = await openLiveStream(api.base, (await api.as(username)).cookie);
      await stream.next((event) => event.event === 'ready');
      streams.push(stream);
    }
    return streams;
  };

  /** Notes on one case, one at a time; each waits until every watcher has its change. */
  const measure = async (label: string, watchers: LiveStream[]) => {
    const delays: number[] = [];
    const answers: number[] = [];
    for (let index = 0; index < commands; index++) {
      const sent = performance.now();
      const response = await worker.post(`/api/cases/${caseId}/notes`, { text: `巡查 ${index}` });
      answers.push(performance.now() - sent);
      const position = response.headers.get('x-event-position');
      await Promise.all(
        watchers.map((stream) => stream.next((event) => event.id === position, 30_000)),
      );
      delays.push(performance.now() - sent);
      // Keep the streams' records short: `next` looks through them from the start.
      for (const stream of watchers) stream.events.splice(0);
    }
    for (const stream of watchers) stream.close();
    return {
      label,
      commands,
      'answer p50 ms': percentile(answers, 50).toFixed(1),
      'delivered p50 ms': percentile(delays, 50).toFixed(1),
      'delivered p99 ms': percentile(delays, 99).toFixed(1),
    };
  };

  const rows = [];
  rows.push(await measure('1 open stream (the grid leader)', await streamsOf(['leader'])));
  const crowd: Username[] = ['leader', 'community', 'supervisor', 'auditor', 'admin'];
  const outside: Username[] = ['otherLeader', 'otherCommunity', 'otherSupervisor', 'liaison'];
  const others = await streamsOf(
    Array.from({ length: 40 }, (_, i) => outside[i % outside.length]!),
  );
  rows.push(
    await measure(
      '10 in scope + 40 out of scope, until all 10 have it',
      await streamsOf(Array.from({ length: 10 }, (_, i) => crowd[i % crowd.length]!)),
    ),
  );
  for (const stream of others) stream.close();
  console.log(
    `Command → change on an open live stream, embedded store, ${new Date().toISOString()}, node ${process.version}`,
  );
  console.table(rows);
} finally {
  await api.close();
}
