// How long the figures take on a running server with the demo district (or any data), and
// whether the read model's figures equal the recomputation from the log at the same
// position. Run by hand against `GRIDLINE_DATA_DIR=… npm start`:
// `GRIDLINE_URL=http://localhost:3000 npm run bench:figures` (from tests/).
import { isDeepStrictEqual } from 'node:util';

const base = process.env['GRIDLINE_URL'] ?? 'http://localhost:3000';
const password = process.env['GRIDLINE_DEMO_PASSWORD'] ?? 'gridline-demo-2026';
const rounds = Number(process.env['ROUNDS'] ?? 20);

const signIn = async (username: string) => {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`${username} could not sign in: ${response.status}`);
  const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
  return async (path: string) => {
    const started = performance.now();
    const answer = await fetch(`${base}${path}`, { headers: { cookie } });
    const body = (await answer.json()) as Record<string, unknown>;
    if (!answer.ok) throw new Error(`${path}: ${answer.status} ${JSON.stringify(body)}`);
    return { body, ms: performance.now() - started };
  };
};

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))]!;

const auditor = await signIn('auditor');
const readers = {
  auditor,
  'street.supervisor': await signIn('street.supervisor'),
  'community.staff': await signIn('community.staff'),
  'grid.leader': await signIn('grid.leader'),
};
const { body: health } = await auditor('/api/health');
console.log(
  `figures over ${JSON.stringify((health['readModels'] as { name: string; position: string }[]).find((m) => m.name === 'figures'))}`,
);

const queries: [keyof typeof readers, string][] = [
  ['auditor', '/api/figures'],
  ['auditor', '/api/figures?from=2026-06-01&to=2026-11-30&granularity=week'],
  ['auditor', '/api/figures?from=2026-06-01&to=2026-11-30&source=patrol'],
  ['street.supervisor', '/api/figures?from=2026-06-01&to=2026-11-30'],
  [
    'community.staff',
    '/api/figures?from=2026-06-01&to=2026-11-30&source=meeting&figures=residentMeetings,resolutionRate',
  ],
  ['grid.leader', '/api/figures?from=2026-06-01&to=2026-11-30&granularity=week'],
  ['auditor', '/api/figures/ranking?month=2026-10'],
];
for (const [username, path] of queries) {
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) times.push((await readers[username](path)).ms);
  console.log(
    `${username} GET ${path}: p50 ${percentile(times, 0.5).toFixed(1)} ms, p99 ${percentile(times, 0.99).toFixed(1)} ms`,
  );
}

for (const [, path] of queries.filter(([, path]) => !path.includes('ranking'))) {
  const shown = (await auditor(path)).body;
  const audit = `/api/audit/figures${path.replace('/api/figures', '')}${path.includes('?') ? '&' : '?'}position=${String(shown['position'])}`;
  const recomputed = await auditor(audit);
  console.log(
    `recomputed ${path} at ${String(shown['position'])} in ${recomputed.ms.toFixed(0)} ms: ${isDeepStrictEqual(recomputed.body, shown) ? 'equal' : 'DIFFERENT'}`,
  );
}
