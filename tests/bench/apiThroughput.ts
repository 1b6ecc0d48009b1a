// Commands through the HTTP API against the same commands straight into the command path
// (services, no HTTP), in one process and one run, so the ratio is what HTTP, sessions,
// validation and JSON cost. Run by hand: `npm run bench:api` (from tests/); figures go
// into docs/benchmarks.md, never into tests.
import { startApiServer } from '../api/support/apiServer.ts';
import { disputeBody } from '../api/support/payloads.ts';
import { people } from '../api/support/testDistrict.ts';

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

const measure = async (
  label: string,
  count: number,
  writers: number,
  one: (writer: number, index: number) => Promise<unknown>,
) => {
  const latencies: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let index = 0; index < count / writers; index++) {
        const begun = performance.now();
        await one(writer, index);
        latencies.push(performance.now() - begun);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  return {
    label,
    commands: count,
    'commands/s': Math.round(count / seconds),
    'p50 ms': percentile(latencies, 50).toFixed(2),
    'p99 ms': percentile(latencies, 99).toFixed(2),
  };
};

const api = await startApiServer(new Date());
try {
  const worker = await api.as('worker');
  const context = (index: number) => ({
    actor: people.worker,
    correlationId: `bench-${index}`,
    causationId: `bench-${index}`,
    occurredAt: api.now(),
    now: api.now(),
  });
  const casesFor = async (writers: number) =>
    Promise.all(
      Array.from(
        { length: writers },
        async () => (await worker.post('/api/cases/disputes', disputeBody)).body['id'] as string,
      ),
    );

  const rows: Awaited<ReturnType<typeof measure>>[] = [];
  rows.push(
    await measure('log a dispute, HTTP, 1 client', 1000, 1, () =>
      worker.post('/api/cases/disputes', disputeBody),
    ),
  );
  rows.push(
    await measure('log a dispute, services, 1 caller', 1000, 1, (_w, i) =>
      api.services.cases.open('LogDispute', disputeBody as never, context(i)),
    ),
  );
  const httpCases = await casesFor(50);
  rows.push(
    await measure('add a note, HTTP, 50 clients', 5000, 50, (w, i) =>
      worker.post(`/api/cases/${httpCases[w]}/notes`, { text: `巡查记录 ${i}` }),
    ),
  );
  const directCases = await casesFor(50);
  rows.push(
    await measure('add a note, services, 50 callers', 5000, 50, (w, i) =>
      api.services.cases.execute(
        'AddCaseNote',
        directCases[w]!,
        { text: `巡查记录 ${i}` },
        context(i),
      ),
    ),
  );
  console.log(
    `Commands through the API vs the command path, embedded store, ${new Date().toISOString()}, node ${process.version}`,
  );
  console.table(rows);
  const ratio = (http: number, direct: number) =>
    (Number(rows[direct]!['commands/s']) / Number(rows[http]!['commands/s'])).toFixed(2);
  console.log(
    `HTTP costs: 1 client ${ratio(0, 1)}x, 50 clients ${ratio(2, 3)}x the time of calling the services directly`,
  );
} finally {
  await api.close();
}
