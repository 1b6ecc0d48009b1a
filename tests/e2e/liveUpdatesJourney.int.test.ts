import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, fill } from './support/antdFields.ts';
import { openBrowser, screenshotFolder, type Person } from './support/browser.ts';
import { startConsoleServer, type ConsoleServer } from './support/consoleServer.ts';
import { signInAs } from './support/signIn.ts';

// Two people at two browsers: a street supervisor watches the case board while a grid
// leader logs a dispute; the dispute appears on the supervisor's board without a reload,
// from the live stream. Signing out closes that stream.

const title = '6号楼地下车库积水纠纷';

let server: ConsoleServer;
let leader: Person;
let supervisor: Person;
const shots = screenshotFolder('live-updates');

beforeAll(async () => {
  server = await startConsoleServer();
  [leader, supervisor] = await Promise.all([openBrowser(), openBrowser()]);
}, 120_000);

afterAll(async () => {
  await leader?.close();
  await supervisor?.close();
  await server?.stop();
});

/** The /api/live requests a page opened, and whether each has ended. */
function watchLiveStreams(person: Person) {
  const streams = new Map<unknown, 'open' | 'ended'>();
  person.page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/live') streams.set(request, 'open');
  });
  const ended = (request: unknown) => {
    if (streams.has(request)) streams.set(request, 'ended');
  };
  person.page.on('requestfinished', ended);
  person.page.on('requestfailed', ended);
  return {
    open: () => [...streams.values()].filter((state) => state === 'open').length,
    all: () => streams.size,
  };
}

describe('When one person changes what another has open', () => {
  it('shows the new dispute on the other console without a reload', async () => {
    const streams = watchLiveStreams(supervisor);
    await signInAs(supervisor.page, server.url, 'street.supervisor', '/cases');
    await supervisor.page.getByRole('heading', { name: '案件台账' }).waitFor();
    await supervisor.page.getByPlaceholder('按标题搜索').fill(title);
    await supervisor.page.getByPlaceholder('按标题搜索').press('Enter');
    await supervisor.page.getByText('暂无案件').waitFor();
    expect(await supervisor.page.locator('tr[data-case-id]').count()).toBe(0);
    expect(streams.open()).toBe(1);
    const loadsBefore = await supervisor.page.evaluate(
      () =>
        (globalThis as unknown as { performance: { timeOrigin: number } }).performance.timeOrigin,
    );

    await signInAs(leader.page, server.url, 'grid.leader', '/patch');
    await leader.page.getByRole('button', { name: '登记纠纷' }).click();
    const dialog = leader.page.getByRole('dialog');
    await fill(leader.page, '标题', title);
    await fill(leader.page, '具体情况', '雨后车库积水，业主与物业就排水责任争执。');
    await choose(leader.page, '楼栋', '3号楼');
    await choose(leader.page, '纠纷类型', '物业纠纷');
    await fill(leader.page, '姓名', '钱进');
    await dialog.getByRole('button', { name: '登记', exact: true }).click();
    const sent = Date.now();
    await dialog.waitFor({ state: 'hidden' });

    const row = supervisor.page.locator('tr[data-case-id]', { hasText: title });
    await row.waitFor({ timeout: 5_000 });
    console.log(
      `e2e: the dispute showed on the supervisor's board ${Date.now() - sent} ms after it was sent`,
    );
    // The same page, never reloaded: the board refetched because the stream said so.
    const loadsAfter = await supervisor.page.evaluate(
      () =>
        (globalThis as unknown as { performance: { timeOrigin: number } }).performance.timeOrigin,
    );
    expect(loadsAfter).toBe(loadsBefore);
    await shots.shoot(supervisor.page, '01-board-live-zh');

    // The leader's own My patch shows it too (their own write), and so would a colleague's.
    await leader.page.locator('tr[data-case-id]', { hasText: title }).waitFor();

    // Signing out closes the stream.
    await supervisor.page.getByTestId('account-menu').click();
    await supervisor.page.getByText('退出登录').click();
    await supervisor.page.waitForURL(/\/sign-in/);
    await expect.poll(() => streams.open()).toBe(0);
    expect(streams.all()).toBeGreaterThanOrEqual(1);
    expect(supervisor.consoleErrors.filter((text) => !/401|Unauthorized/.test(text))).toEqual([]);
    // Two browsers and a server on shared cores: as much time as the other journeys get.
  }, 60_000);
});
