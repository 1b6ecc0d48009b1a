import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openAccounts, type Accounts } from '@gridline/backend/accounts/openAccounts.ts';
import { createDemoAccounts, demoLogins } from '@gridline/backend/demo/demoAccounts.ts';
import { createApp } from '@gridline/backend/http/app.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, generateInto, type GeneratedDemo } from './demoHarness.ts';

// Each demo sign-in is a person the generator posted, so signing in shows real cases in
// that person's scope, and the server refuses the rest. There are enough of them to try
// four eyes and the whole ladder by hand.

const password = 'a demo password for tests';
const cheapHashing = { memoryKiB: 1024, passes: 1, parallelism: 1 };

describe('The demo sign-ins', () => {
  let demo: GeneratedDemo;
  let accounts: Accounts;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    demo = await generateInto(5);
    accounts = openAccounts({ dataDir: demo.dataDir, passwordHashing: cheapHashing });
    await createDemoAccounts(accounts.accounts, demoLogins(demo.demo), password);
    const app = createApp({ services: demo.services, storeLocation: demo.dataDir, accounts });
    server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    accounts?.close();
    await demo?.close();
  });

  const signIn = async (username: string) => {
    const response = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
    const body = (await response.json()) as {
      account: { role: string; personId: string };
      csrfToken: string;
    };
    const getCase = async (caseId: string) =>
      (await fetch(`${base}/api/cases/${caseId}`, { headers: { cookie } })).status;
    const post = async (path: string, payload: object) => {
      const answer = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': body.csrfToken },
        body: JSON.stringify(payload),
      });
      return { status: answer.status, body: (await answer.json()) as unknown };
    };
    return { account: body.account, getCase, post };
  };

  const openings = () =>
    demo.events.filter((e) => e.type === 'DisputeLogged' || e.type === 'IssueReported');
  const caseIn = (predicate: (place: Record<string, string>) => boolean) => {
    const opening = openings().find((e) => predicate(dataOf(e)['place'] as Record<string, string>));
    if (!opening) throw new Error('no such case in the demo district');
    return String(dataOf(opening)['caseId']);
  };

  it('offers a sign-in for every role, two in the community and the street', () => {
    const logins = demoLogins(demo.demo);
    const count = (role: string) => logins.filter((login) => login.role === role).length;
    expect(new Set(logins.map((login) => login.role))).toEqual(
      new Set([
        'admin',
        'auditor',
        'community_staff',
        'department_liaison',
        'grid_leader',
        'grid_worker',
        'street_supervisor',
      ]),
    );
    expect(count('community_staff')).toBe(2);
    expect(count('street_supervisor')).toBe(2);
    const scopeOf = (username: string) => logins.find((l) => l.username === username)!.scope;
    expect(scopeOf('community.staff2')).toEqual(scopeOf('community.staff'));
    expect(scopeOf('street.supervisor2')).toEqual(scopeOf('street.supervisor'));
    const staff = new Set(demo.demo.staff.members.map((member) => member.personId));
    expect(logins.every((login) => staff.has(login.personId))).toBe(true);
    expect(new Set(logins.map((login) => login.personId)).size).toBe(logins.length);
  });

  it('lets every demo login sign in over HTTP', async () => {
    for (const login of demoLogins(demo.demo)) {
      const { account } = await signIn(login.username);
      expect(account).toMatchObject({ role: login.role, personId: login.personId });
    }
  });

  it('gives every department a liaison who can sign in', async () => {
    const logins = demoLogins(demo.demo);
    for (const { departmentId } of demo.demo.district.departments) {
      const liaison = logins.find(
        (login) => login.role === 'department_liaison' && login.scope.id === departmentId,
      );
      expect(liaison, departmentId).toBeDefined();
      const { account } = await signIn(liaison!.username);
      expect(account).toMatchObject({ role: 'department_liaison', personId: liaison!.personId });
    }
  });

  it('lets a person try four eyes: a meeting matter opened, settled and checked by another', async () => {
    const staff = await signIn('community.staff');
    const colleague = await signIn('community.staff2');
    const grid = demoLogins(demo.demo).find((login) => login.username === 'grid.worker')!.scope;
    const place = demo.demo.district.grids.find((g) => g.gridId === grid.id)!.place;
    const opened = await staff.post('/api/cases/issues', {
      place,
      riskLevel: 'low',
      title: '居民在书记下午茶上反映楼道灯不亮',
      description: '居民在书记下午茶上反映3号楼楼道灯损坏，老人夜间上下楼不便。',
      category: 'facility',
      source: 'meeting',
    });
    expect(opened.status).toBe(201);
    const { id: caseId, state } = opened.body as { id: string; state: Record<string, unknown> };
    expect(state).toMatchObject({ level: 'community', deadline: { level: 'community' } });
    const step = (who: typeof staff, segment: string, body: object) =>
      who.post(`/api/cases/${caseId}/${segment}`, body).then((response) => response.status);
    expect(await step(staff, 'assign', { assigneeId: staff.account.personId })).toBe(200);
    expect(await step(staff, 'accept', {})).toBe(200);
    expect(await step(staff, 'resolve', { outcome: 'fixed', summary: '已更换楼道灯。' })).toBe(200);
    const check = { outcome: 'confirmed', method: 'site_visit' };
    expect(await step(staff, 'verify', check)).toBe(403);
    expect(await step(colleague, 'verify', check)).toBe(200);
  });

  it("shows a grid worker their own grid's cases and refuses another grid's", async () => {
    const worker = await signIn('grid.worker');
    const grid = demoLogins(demo.demo).find((login) => login.username === 'grid.worker')!.scope.id;
    expect(await worker.getCase(caseIn((place) => place['gridId'] === grid))).toBe(200);
    expect(await worker.getCase(caseIn((place) => place['gridId'] !== grid))).toBe(403);
  });

  it("shows community staff their community's cases and refuses another community's", async () => {
    const staff = await signIn('community.staff');
    const community = demoLogins(demo.demo).find((l) => l.username === 'community.staff')!.scope.id;
    expect(await staff.getCase(caseIn((place) => place['communityId'] === community))).toBe(200);
    expect(await staff.getCase(caseIn((place) => place['communityId'] !== community))).toBe(403);
  });

  it('shows the department liaison the cases that summoned their department', async () => {
    const liaison = await signIn('department.liaison');
    const department = demoLogins(demo.demo).find((l) => l.username === 'department.liaison')!;
    const summoned = demo.events.find(
      (e) =>
        e.type === 'DepartmentSummoned' &&
        (dataOf(e)['lead'] as { departmentId: string }).departmentId === department.scope.id,
    );
    expect(summoned).toBeDefined();
    expect(await liaison.getCase(String(dataOf(summoned!)['caseId']))).toBe(200);
  });

  it('lets the auditor and the street supervisor read any case of the street', async () => {
    const anyCase = caseIn((place) => place['gridId'] !== 'ruiyiyuan-g01');
    expect(await (await signIn('auditor')).getCase(anyCase)).toBe(200);
    expect(await (await signIn('street.supervisor')).getCase(anyCase)).toBe(200);
  });
});
