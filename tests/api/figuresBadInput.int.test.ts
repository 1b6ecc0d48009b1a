import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/apiServer.ts';
import type { Username } from './support/testDistrict.ts';

// Every way of asking the figures wrongly gets its own 4xx problem naming what was wrong —
// never a 500, and never figures of a place the reader may not see.

describe('Bad requests for figures', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer();
  });
  afterAll(() => api.close());

  it.each<[string, Username, string, number, RegExp]>([
    [
      'a window that ends before it starts',
      'leader',
      '/api/figures?from=2026-06-10&to=2026-06-01',
      400,
      /to: the window ends on 2026-06-01, before it starts on 2026-06-10/,
    ],
    [
      'a window that starts after today, with no end',
      'leader',
      '/api/figures?from=2026-07-01',
      400,
      /before it starts on 2026-07-01/,
    ],
    [
      'a window longer than a year',
      'auditor',
      '/api/figures?from=2025-01-01&to=2026-06-01',
      400,
      /spans 517 days; ask for at most 366/,
    ],
    [
      'a date that does not exist',
      'leader',
      '/api/figures?from=2026-02-30',
      400,
      /from: "2026-02-30" is not a date as YYYY-MM-DD/,
    ],
    [
      'a date that is not one',
      'leader',
      '/api/figures?to=yesterday',
      400,
      /to: "yesterday" is not a date/,
    ],
    [
      'an unknown figure',
      'leader',
      '/api/figures?figures=onTimeRate,happiness',
      400,
      /figures: unknown figure "happiness" \(known: communityRetentionRate/,
    ],
    ['an unknown source', 'leader', '/api/figures?source=wechat', 400, /source: .*"patrol"/],
    ['an unknown granularity', 'leader', '/api/figures?granularity=day', 400, /granularity/],
    [
      'a malformed scope',
      'auditor',
      '/api/figures?scope=province:1',
      400,
      /scope: "province:1" is not district, street:<id>/,
    ],
    ['an unknown parameter', 'leader', '/api/figures?colour=red', 400, /colour: unknown field/],
    [
      'a position that is not one',
      'auditor',
      '/api/figures?after=yesterday',
      400,
      /after: must be a log position/,
    ],
    [
      'a position past the end of the log',
      'auditor',
      '/api/figures?after=999999/999999',
      400,
      /past the end of the log/,
    ],
    [
      'a grid beside the leader’s own',
      'leader',
      '/api/figures?scope=grid:grid-ryy-2',
      403,
      /grid grid-ryy-1 and the places in it, not of grid grid-ryy-2/,
    ],
    [
      'the community above the leader’s grid',
      'leader',
      '/api/figures?scope=community:comm-ruiyiyuan',
      403,
      /not of community comm-ruiyiyuan/,
    ],
    [
      'another street',
      'supervisor',
      '/api/figures?scope=street:street-heping',
      403,
      /not of street street-heping/,
    ],
    [
      'a grid of another community',
      'otherCommunity',
      '/api/figures?scope=grid:grid-ryy-1',
      403,
      /not of grid grid-ryy-1/,
    ],
    [
      'the district, below audit',
      'supervisor',
      '/api/figures?scope=district',
      403,
      /not of the district/,
    ],
    [
      'a grid that does not exist, outside one’s own',
      'leader',
      '/api/figures?scope=grid:nowhere',
      403,
      /not of grid nowhere/,
    ],
    [
      'a grid that does not exist',
      'auditor',
      '/api/figures?scope=grid:nowhere',
      404,
      /There is no grid nowhere/,
    ],
    [
      'other figures, as a liaison',
      'liaison',
      '/api/figures?figures=resolutionRate',
      403,
      /reads departmentResponse for their own department, not resolutionRate/,
    ],
    [
      'a month that is not one',
      'auditor',
      '/api/figures/ranking?month=2026-13',
      400,
      /month: must be a month as YYYY-MM/,
    ],
    [
      'a ranking of one community',
      'auditor',
      '/api/figures/ranking?scope=community:comm-ruiling',
      400,
      /the ranking compares communities/,
    ],
    [
      'the district’s ranking, below audit',
      'leader',
      '/api/figures/ranking?scope=district',
      403,
      /ranking of street street-ruiling, not of the district/,
    ],
    [
      'another street’s ranking',
      'supervisor',
      '/api/figures/ranking?scope=street:street-heping',
      403,
      /not of street street-heping/,
    ],
    [
      'a recomputation, below audit',
      'supervisor',
      '/api/audit/figures',
      403,
      /Only auditors and admins recompute/,
    ],
    [
      'a recomputation past the end of the log',
      'auditor',
      '/api/audit/figures?position=999999/999999',
      400,
      /position: 999999\/999999 is past the end of the log/,
    ],
    [
      'a recomputation at a position that is not one',
      'auditor',
      '/api/audit/figures?position=latest',
      400,
      /position: must be a log position/,
    ],
    [
      'a recomputation of a window that ends before it starts',
      'auditor',
      '/api/audit/figures?from=2026-06-02&to=2026-06-01',
      400,
      /before it starts/,
    ],
    [
      'a recomputation of an unknown figure',
      'auditor',
      '/api/audit/figures?figures=mood',
      400,
      /unknown figure "mood"/,
    ],
    [
      'a recomputation of a place that does not exist',
      'auditor',
      '/api/audit/figures?scope=street:nowhere',
      404,
      /There is no street nowhere/,
    ],
  ])('refuses %s', async (_name, username, path, status, detail) => {
    const before = await api.lastPosition();
    const response = await (await api.as(username)).get(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.body['detail']).toMatch(detail);
    expect(await api.lastPosition()).toBe(before);
  });
});
