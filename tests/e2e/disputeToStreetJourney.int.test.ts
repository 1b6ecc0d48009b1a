import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, fill } from './support/antdFields.ts';
import { openBrowser, screenshotFolder, type Person } from './support/browser.ts';
import { startConsoleServer, type ConsoleServer } from './support/consoleServer.ts';
import { signInAs } from './support/signIn.ts';
import { localInMinutes } from './support/streetCase.ts';

// Journey 1 of the issue, end to end in the console with three browsers open at once: a grid
// leader logs a dispute, records a failed mediation and escalates it. The community's staff
// (the leader's colleague, at the same desk) mediate again, fail, and pass it up to the
// street (the ladder goes one level at a time). The street supervisor, whose Escalations page
// was open all along, sees it appear without a reload, summons a lead and an assisting
// department, and the lead department's liaison reports in; the supervisor's page shows the
// report, again without a reload.

const title = '瑞益园3号楼加装电梯纠纷';

let server: ConsoleServer;
let leader: Person;
let supervisor: Person;
let liaison: Person;
const shots = screenshotFolder('dispute-to-street');

beforeAll(async () => {
  server = await startConsoleServer();
  [leader, supervisor, liaison] = await Promise.all([openBrowser(), openBrowser(), openBrowser()]);
}, 120_000);

afterAll(async () => {
  await leader?.close();
  await supervisor?.close();
  await liaison?.close();
  await server?.stop();
});

/** When the page was loaded: unchanged as long as nobody reloads it. */
const loadedAt = (page: Page): Promise<number> =>
  page.evaluate(
    () => (globalThis as unknown as { performance: { timeOrigin: number } }).performance.timeOrigin,
  );

/** The /api/live requests a page opened that have not ended. */
function openLiveStreams(person: Person): () => number {
  const streams = new Map<unknown, boolean>();
  person.page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/live') streams.set(request, true);
  });
  const ended = (request: unknown) => {
    if (streams.has(request)) streams.set(request, false);
  };
  person.page.on('requestfinished', ended);
  person.page.on('requestfailed', ended);
  return () => [...streams.values()].filter(Boolean).length;
}

/** Records a failed mediation from the open dialog's trigger. */
async function recordFailedMediation(page: Page, summary: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByText('调解未果', { exact: true }).click();
  await fill(page, '调解经过', summary);
  await dialog.getByRole('button', { name: '记录调解' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Escalates with reason 调解未果 from the open escalate dialog. */
async function escalateAsMediationFailed(page: Page, explanation: string): Promise<void> {
  await choose(page, '上报原因', '调解未果');
  await fill(page, '情况说明', explanation);
  await page.getByRole('dialog').getByRole('button', { name: '确认上报' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
}

describe('When a dispute the grid cannot settle climbs to the street', () => {
  let caseId: string;
  let supervisorLoadedAt: number;
  let supervisorStreams: () => number;

  it('the street supervisor watches the Escalations page, where the case is not yet', async () => {
    const { page } = supervisor;
    supervisorStreams = openLiveStreams(supervisor);
    await signInAs(page, server.url, 'street.supervisor');
    await page.waitForURL(/\/escalations$/);
    await page.getByRole('heading', { name: '升级督办' }).waitFor();
    await page.getByPlaceholder('按案件标题查找').fill(title);
    await page.getByPlaceholder('按案件标题查找').press('Enter');
    await page.getByText('暂无升级案件').waitFor();
    expect(await page.locator('tr[data-case-id]').count()).toBe(0);
    expect(supervisorStreams()).toBe(1);
    supervisorLoadedAt = await loadedAt(page);
  }, 60_000);

  it('the grid leader logs it, records a failed mediation and escalates it', async () => {
    const { page } = leader;
    await signInAs(page, server.url, 'grid.leader', '/patch');
    await page.getByRole('button', { name: '登记纠纷' }).click();
    const dialog = page.getByRole('dialog');
    await fill(page, '标题', title);
    await fill(page, '具体情况', '低层住户反对加装电梯，高层住户多次协商未果。');
    await choose(page, '楼栋', '3号楼');
    await choose(page, '纠纷类型', '邻里纠纷');
    await fill(page, '姓名', '孙立');
    await fill(page, '电话', '13700137000');
    await dialog.getByRole('button', { name: '登记', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = page.locator('tr[data-case-id]', { hasText: title });
    await row.waitFor();
    caseId = String(await row.getAttribute('data-case-id'));
    await row.getByRole('button', { name: '调解…' }).click();
    await recordFailedMediation(page, '网格长组织两次协商，低层住户坚持反对。');
    await row.getByRole('button', { name: '上报' }).click();
    await shots.shoot(page, '01-grid-escalate-zh');
    await escalateAsMediationFailed(page, '网格调解未果，提请社区调解。');
    await expect.poll(() => row.getByRole('button', { name: '上报' }).count()).toBe(0);
    await row.getByText('社区').first().waitFor();
    await shots.shoot(page, '02-my-patch-escalated-zh');

    // Escalated this week, so the street's queue shows it at once, from the live stream: the
    // street watches what its communities handle before it reaches the street.
    const street = supervisor.page.locator(`tr[data-case-id="${caseId}"]`);
    await street.getByText('社区', { exact: true }).waitFor({ timeout: 10_000 });
    expect(await loadedAt(supervisor.page)).toBe(supervisorLoadedAt);
    await shots.shoot(supervisor.page, '03-escalations-at-community-zh');
  }, 120_000);

  it('community staff mediate again, fail, and pass it up to the street', async () => {
    const { page } = leader;
    await page.getByTestId('account-menu').click();
    await page.getByText('退出登录').click();
    await page.waitForURL(/\/sign-in/);
    await signInAs(page, server.url, 'community.staff', `/cases/${caseId}`);
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByRole('button', { name: '调解…' }).click();
    await recordFailedMediation(page, '社区书记召集楼组长和双方代表协商，仍未达成一致。');
    await page.getByRole('button', { name: '上报' }).click();
    await escalateAsMediationFailed(page, '社区调解未果，涉及多方利益，提请街道协调。');
    const timeline = page.locator('.case-timeline');
    await timeline.getByText('上报至社区 · 调解未果').waitFor();
    await timeline.getByText('上报至街道 · 调解未果').waitFor();
    await shots.shoot(page, '04-case-community-escalated-zh');
  }, 120_000);

  it('reaches the street on the supervisor’s page without a reload, who summons two departments', async () => {
    const { page } = supervisor;
    const row = page.locator(`tr[data-case-id="${caseId}"]`);
    await row.getByText('街道', { exact: true }).waitFor({ timeout: 10_000 });
    await row.getByText(/^剩余 /).waitFor();
    expect(await loadedAt(page)).toBe(supervisorLoadedAt);
    await shots.shoot(page, '05-escalations-at-street-zh');

    await row.getByRole('button', { name: '吹哨' }).click();
    const dialog = page.getByRole('dialog');
    await choose(page, '主办部门', '瑞景司法所');
    // The lead's list closes (animated) before the assisting one opens: one list at a time.
    // Under load a click can land while the list is still opening; a click on the title
    // closes whatever stayed open.
    await dialog.getByText('吹哨：召集职能部门').click();
    await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await choose(page, '协办部门（可多选）', '瑞景派出所');
    await dialog.getByText('吹哨：召集职能部门').click(); // closes the multiple choice
    await fill(page, '吹哨事项与要求', '请司法所牵头调解，派出所到场维护秩序。');
    // The assisting department is asked to report sooner than the rule's deadline.
    await fill(page, '瑞景派出所 报到时限', localInMinutes(120));
    await shots.shoot(page, '06-summon-zh');
    await dialog.getByRole('button', { name: '确认吹哨' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('主办：瑞景司法所 未报到').waitFor();
    await row.getByText('协办：瑞景派出所 未报到').waitFor();
    // Resolving waits for the departments: the row no longer offers it.
    expect(await row.getByRole('button', { name: '办结' }).count()).toBe(0);
  }, 120_000);

  it('the lead department’s liaison reports in, and the street sees it without a reload', async () => {
    const { page } = liaison;
    await signInAs(page, server.url, 'liaison.ruijing-judicial');
    await page.waitForURL(/\/departments$/);
    await page.getByRole('heading', { name: '部门报到 · 瑞景司法所' }).waitFor();
    const row = page.locator(`tr[data-case-id="${caseId}"]`);
    await row.getByText(/^剩余 /).waitFor();
    await row.getByRole('button', { name: '报到' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/瑞景司法所（主办）/).waitFor();
    await fill(page, '报到情况与部门处置', '已派调解员到场，明日上午组织三方调解。');
    await shots.shoot(page, '07-report-in-zh');
    await dialog.getByRole('button', { name: '确认报到' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText(/报到$/).waitFor();
    expect(await row.getByRole('button', { name: '报到' }).count()).toBe(0);

    const street = supervisor.page.locator(`tr[data-case-id="${caseId}"]`);
    await street.getByText('主办：瑞景司法所 已报到').waitFor({ timeout: 10_000 });
    await street.getByText('协办：瑞景派出所 未报到').waitFor();
    expect(await loadedAt(supervisor.page)).toBe(supervisorLoadedAt);
    await shots.shoot(supervisor.page, '08-escalations-reported-zh');

    // The whole story on the case, in Chinese and in English.
    await page.getByRole('link', { name: title }).click();
    const timeline = page.locator('.case-timeline');
    await timeline.getByText('吹哨：瑞景司法所 主办，瑞景派出所 协办').waitFor();
    await timeline.getByText('瑞景司法所 报到').waitFor();
    // The department works the case from its page: a note, which the street reads too.
    await page.getByRole('button', { name: '备注' }).click();
    await fill(page, '备注', '三方调解会定于明日上午九点。');
    await page.getByRole('dialog').getByRole('button', { name: '添加备注' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await timeline.getByText('三方调解会定于明日上午九点。').waitFor();
    await shots.shoot(page, '09-case-liaison-zh');
    await page.getByText('EN', { exact: true }).click();
    await timeline.getByText('Escalated to the street · mediation failed').waitFor();
    await shots.shoot(page, '10-case-liaison-en');

    // The street's Departments page: who still has to report, on whose clock.
    await supervisor.page.getByRole('link', { name: '部门报到' }).first().click();
    await supervisor.page.getByRole('heading', { name: '部门报到', exact: true }).waitFor();
    await supervisor.page
      .locator(`tr[data-case-id="${caseId}"][data-department-id="ruijing-police"]`)
      .getByText(/^剩余 /)
      .waitFor();
    await shots.shoot(supervisor.page, '11-departments-street-zh');
    await supervisor.page.getByRole('link', { name: '升级督办' }).first().click();
    await supervisor.page.getByPlaceholder('按案件标题查找').fill(title);
    await supervisor.page.getByPlaceholder('按案件标题查找').press('Enter');
    await supervisor.page.getByText('EN', { exact: true }).click();
    await street.getByText('lead: 瑞景司法所 reported').waitFor();
    await shots.shoot(supervisor.page, '12-escalations-en');

    // Signing out closes the live stream the page kept open all along.
    expect(supervisorStreams()).toBe(1);
    await supervisor.page.getByTestId('account-menu').click();
    await supervisor.page.getByText('Sign out').click();
    await supervisor.page.waitForURL(/\/sign-in/);
    await expect.poll(() => supervisorStreams()).toBe(0);
    expect(
      supervisor.consoleErrors.filter((text) => !/401|Unauthorized|inline style/.test(text)),
    ).toEqual([]);
  }, 120_000);
});
