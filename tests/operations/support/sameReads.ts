import { expect } from 'vitest';
import type { SpawnedServer } from '../../integrity/support/spawnedServer.ts';
import { day, password } from './operationsDistrict.ts';

const dayOffset = (days: number): string =>
  new Date(day.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Reads served from the read models, waiting for `position`. Not the grid patch: its weeks
 * are counted back from the moment of the read, which two servers never share.
 */
const readsAt = (position: number): string[] => {
  const after = `after=${position}/${position}`;
  return [
    `/api/cases?limit=500&${after}`,
    `/api/cases?limit=500&open=true&sort=-deadline&${after}`,
    `/api/grids/grid-ryy-1/welfare-checks?limit=500&${after}`,
    `/api/grids/grid-ryy-1/inspections?limit=500&${after}`,
    `/api/summonses?limit=500&${after}`,
    `/api/figures?scope=district&from=${dayOffset(-60)}&to=${dayOffset(1)}&granularity=week&${after}`,
    '/api/organisation',
  ];
};

/** The answer without `asOf`, the server's clock at the moment it answered. */
const withoutClock = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutClock)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([key]) => key !== 'asOf')
            .map(([key, inner]) => [key, withoutClock(inner)]),
        )
      : value;

/**
 * Signs in as the admin on both servers and expects every read to answer alike: same
 * status, same body. Both must hold the same log up to `position`.
 */
export const expectSameReads = async (
  expected: SpawnedServer,
  actual: SpawnedServer,
  position: number,
): Promise<void> => {
  const [left, right] = await Promise.all([
    expected.as('admin', password),
    actual.as('admin', password),
  ]);
  // 503 while a server's read models are still catching up: ask again.
  const settled = async (client: typeof left, path: string) => {
    for (let tries = 1; ; tries += 1) {
      const response = await client.get(path);
      if (response.status !== 503 || tries === 30) return response;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  };
  for (const path of readsAt(position)) {
    const [want, got] = await Promise.all([settled(left, path), settled(right, path)]);
    expect(want.status, `${path} on the source`).toBe(200);
    // Equal answers prove something only when there is something in them.
    if (path.startsWith('/api/cases?')) expect(want.body['items']).not.toEqual([]);
    expect({ path, status: got.status, body: withoutClock(got.body) }).toEqual({
      path,
      status: want.status,
      body: withoutClock(want.body),
    });
  }
};
