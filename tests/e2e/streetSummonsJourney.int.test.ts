import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, fill } from './support/antdFields.ts';
import { openBrowser, screenshotFolder, type Person } from './support/browser.ts';
import { startConsoleServer, type ConsoleServer } from './support/consoleServer.ts';
import { signInAs } from './support/signIn.ts';
import { disputeEscalatedToStreet, localInMinutes } from './support/streetCase.ts';

// Journey 1, second half: the dispute a grid leader escalated reaches the street. The
// street supervisor finds it in the escalation queue and summons a lead and an assisting
// department (街道吹哨); the lead department's liaison signs in, reports in (报到) and works
// the case from its page; the street sees who has reported and who has not.

const title = '瑞益园征地补偿纠纷';

let server: ConsoleServer;
let supervisor: Person;
let liaison: Person;
const shots = screenshotFolder('street-summons');

beforeAll(async () => {
  server = await startConsoleServer();
  [supervisor, liaison] = await Promise.all([openBrowser(), openBrowser()]);
}, 120_000);

afterAll(async () => {
  await supervisor?.close();
  await liaison?.close();
  await server?.stop();
});

describe('When a case the grid escalated reaches the street', () => {
  let caseId: string;

  it('shows it in the street supervisor’s queue with its timer, and summons two departments', async () => {
    caseId = await disputeEscalatedToStreet(server.url, title);
    const { page } = supervisor;
    await signInAs(page, server.url, 'street.supervisor');
    await page.waitForURL(/\/escalations$/);
    await page.getByRole('heading', { name: '升级督办' }).waitFor();
    await page.getByPlaceholder('按案件标题查找').fill(title);
    await page.getByPlaceholder('按案件标题查找').press('Enter');
    const row = page.locator(`tr[data-case-id="${caseId}"]`);
    await row.getByText(/^剩余 /).waitFor();
    await row.getByText('街道', { exact: true }).waitFor();
    await page
      .locator('[data-community-id="ruiyiyuan"] [data-figure="communityRetentionRate"]')
      .getByText(/%|暂无办结/)
      .waitFor();
    await shots.shoot(page, '01-escalations-zh');

    await row.getByRole('button', { name: '吹哨' }).click();
    const dialog = page.getByRole('dialog');
    await choose(page, '主办部门', '瑞景司法所');
    // The lead's list closes (animated) before the assisting one opens: one list at a time.
    await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await choose(page, '协办部门（可多选）', '瑞景派出所');
    await dialog.getByText('吹哨：召集职能部门').click(); // closes the multiple choice
    await fill(page, '吹哨事项与要求', '请司法所牵头解释补偿政策，派出所到场维护秩序。');
    // The assisting department is asked to report sooner than the rule's deadline.
    await fill(page, '瑞景派出所 报到时限', localInMinutes(120));
    await shots.shoot(page, '02-summon-zh');
    await dialog.getByRole('button', { name: '确认吹哨' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('主办：瑞景司法所 未报到').waitFor();
    await row.getByText('协办：瑞景派出所 未报到').waitFor();
    // Resolving waits for the departments: the row no longer offers it.
    expect(await row.getByRole('button', { name: '办结' }).count()).toBe(0);
    await shots.shoot(page, '03-summoned-zh');
  }, 120_000);

  it('lets the lead department’s liaison report in and work the case from its page', async () => {
    const { page } = liaison;
    await signInAs(page, server.url, 'liaison.ruijing-judicial');
    await page.waitForURL(/\/departments$/);
    await page.getByRole('heading', { name: '部门报到 · 瑞景司法所' }).waitFor();
    const row = page.locator(`tr[data-case-id="${caseId}"]`);
    await row.getByText(/^剩余 /).waitFor();
    await shots.shoot(page, '04-departments-liaison-zh');

    await row.getByRole('button', { name: '报到' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/瑞景司法所（主办）/).waitFor();
    await fill(page, '报到情况与部门处置', '已派员到场，今日下午向居民解释补偿政策。');
    await dialog.getByRole('button', { name: '确认报到' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText(/报到$/).waitFor();
    expect(await row.getByRole('button', { name: '报到' }).count()).toBe(0);

    await row.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    await page
      .locator('.case-timeline')
      .getByText('吹哨：瑞景司法所 主办，瑞景派出所 协办')
      .waitFor();
    await page.locator('.case-timeline').getByText('瑞景司法所 报到').waitFor();
    await page.getByRole('button', { name: '备注' }).click();
    await fill(page, '备注', '政策解释会定于明日上午九点。');
    await page.getByRole('dialog').getByRole('button', { name: '添加备注' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.locator('.case-timeline').getByText('政策解释会定于明日上午九点。').waitFor();
    await shots.shoot(page, '05-case-liaison-zh');

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('link', { name: 'Departments' }).first().click();
    await page.getByRole('heading', { name: 'Summonses · 瑞景司法所' }).waitFor();
    await page
      .locator(`tr[data-case-id="${caseId}"]`)
      .getByText(/^reported /)
      .waitFor();
    await shots.shoot(page, '06-departments-liaison-en');
  }, 120_000);

  it('shows the street who has reported and who has not', async () => {
    const { page } = supervisor;
    await page.reload();
    await page.getByPlaceholder('按案件标题查找').fill(title);
    await page.getByPlaceholder('按案件标题查找').press('Enter');
    const row = page.locator(`tr[data-case-id="${caseId}"]`);
    await row.getByText('主办：瑞景司法所 已报到').waitFor();
    await row.getByText('协办：瑞景派出所 未报到').waitFor();
    await shots.shoot(page, '07-escalations-reported-zh');

    await page.getByRole('link', { name: '部门报到' }).first().click();
    await page.getByRole('heading', { name: '部门报到', exact: true }).waitFor();
    await page
      .locator(`tr[data-case-id="${caseId}"][data-department-id="ruijing-police"]`)
      .getByText(/^剩余 /)
      .waitFor();
    await shots.shoot(page, '08-departments-street-zh');

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('link', { name: 'Escalations' }).first().click();
    await page.getByPlaceholder('Find by case title').fill(title);
    await page.getByPlaceholder('Find by case title').press('Enter');
    await row.getByText('lead: 瑞景司法所 reported').waitFor();
    await shots.shoot(page, '09-escalations-en');
  }, 90_000);
});
