import type { StaffRole } from '@gridline/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer, type Client } from './support/apiServer.ts';
import { caseAfter } from './support/caseSetup.ts';
import { endpoints } from './support/matrixEndpoints.ts';
import type { Username } from './support/testDistrict.ts';

// Every role × endpoint × in-scope / out-of-scope, with the status the server must give.
// The case lives in grid-ryy-1 (community comm-ruiyiyuan, street street-ruiling); the
// out-of-scope twin of each role holds the same role elsewhere. Auditors and admins hold
// the whole district, so they have no out-of-scope twin.

const actors: Record<StaffRole, { inScope: Username; outOfScope?: Username }> = {
  grid_worker: { inScope: 'worker', outOfScope: 'otherWorker' },
  grid_leader: { inScope: 'leader', outOfScope: 'otherLeader' },
  community_staff: { inScope: 'community', outOfScope: 'otherCommunity' },
  street_supervisor: { inScope: 'supervisor', outOfScope: 'otherSupervisor' },
  department_liaison: { inScope: 'liaison', outOfScope: 'otherLiaison' },
  auditor: { inScope: 'auditor' },
  admin: { inScope: 'admin' },
};

const publicTags = new Set(['system', 'session']);

describe('Who may do what, where: role × endpoint × scope', () => {
  let api: ApiServer;
  let unique = 0;
  const clients = new Map<Username, Client>();
  const cells = endpoints.flatMap((endpoint) =>
    (Object.entries(actors) as [StaffRole, { inScope: Username; outOfScope?: Username }][]).flatMap(
      ([role, { inScope, outOfScope }]) => [
        {
          endpoint,
          role,
          actor: inScope,
          scope: 'in scope',
          expected: endpoint.allowed.includes(role)
            ? endpoint.success
            : (endpoint.inScopeRefusal?.[role] ?? 403),
        },
        ...(outOfScope
          ? [
              {
                endpoint,
                role,
                actor: outOfScope,
                scope: 'out of scope',
                expected: endpoint.outOfScope ?? 403,
              },
            ]
          : []),
      ],
    ),
  );

  beforeAll(async () => {
    api = await startApiServer();
    for (const { inScope, outOfScope } of Object.values(actors)) {
      for (const username of [inScope, outOfScope])
        if (username) clients.set(username, await api.as(username));
    }
  });
  afterAll(() => api.close());

  // Public operations (health, sign-in and the session) need no role, so they are not here.
  it('covers every endpoint the server describes, except the public ones', async () => {
    const { body } = await api.call('GET', '/api/openapi.json');
    const paths = body['paths'] as Record<string, Record<string, { tags: string[] }>>;
    const served = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, operation]) => !operation.tags.some((tag) => publicTags.has(tag)))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    const inMatrix = endpoints.map(
      ({ method, path, documented }) => `${method} ${documented ?? path('{caseId}')}`,
    );
    expect([...new Set(inMatrix)].sort()).toEqual(served.sort());
  });

  it.each(
    cells.map((cell) => [cell.endpoint.name, cell.role, cell.scope, cell.expected, cell] as const),
  )('%s by a %s %s answers %i', async (_name, _role, _scope, expected, { endpoint, actor }) => {
    const caseId = endpoint.arrange
      ? await endpoint.arrange(clients.get('admin')!, `arranged-${++unique}`)
      : endpoint.given
        ? await caseAfter(api.services, api.now(), endpoint.given)
        : '';
    const state = endpoint.given
      ? ((await (
          await clients.get('admin')!.get(`/api/cases/${caseId}`)
        ).body['state']) as Record<string, unknown>)
      : {};
    const client = clients.get(actor)!;
    const path = endpoint.path(caseId);
    const before = await api.lastPosition();
    const response =
      endpoint.method === 'GET'
        ? await client.get(path)
        : await client.post(
            path,
            endpoint.body!(state, actor, `${actor}-${++unique}`.toLowerCase()),
          );
    expect(response.status, String(response.body['detail'])).toBe(expected);
    if (expected >= 400 || endpoint.method === 'GET') expect(await api.lastPosition()).toBe(before);
  });
});
