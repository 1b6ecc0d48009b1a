import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, fill } from './support/antdFields.ts';
import { openBrowser, screenshotFolder, type Person } from './support/browser.ts';
import { startConsoleServer, type ConsoleServer } from './support/consoleServer.ts';
import { signInAs } from './support/signIn.ts';
import { disputeEscalatedToStreet } from './support/streetCase.ts';

// Journey 2: a street supervisor resolves a case that reached the street; a second
// supervisor verifies it (four eyes: the first is not offered the check) and records the
// return visit; the first archives it. The community retention shown on the Escalations
// page counts the street's resolution: one more resolved case, none more kept in the
// community; the street retention counts it as kept in the street.

const title = '瑞益园拆迁安置补偿争议';

let server: ConsoleServer;
let first: Person;
let second: Person;
const shots = screenshotFolder('street-resolution');

beforeAll(async () => {
  server = await startConsoleServer();
  [first, second] = await Promise.all([openBrowser(), openBrowser()]);
}, 120_000);

afterAll(async () => {
  await first?.close();
  await second?.close();
  await server?.stop();
});

type Retention = 'communityRetentionRate' | 'streetRetentionRate';

/** "84.6%（22/26）" → [22, 26]: a community's cases kept at its level, of those resolved. */
async function retentionOf(
  page: Page,
  communityId: string,
  figure: Retention = 'communityRetentionRate',
): Promise<[number, number]> {
  const cell = page.locator(`[data-community-id="${communityId}"] [data-figure="${figure}"]`);
  const text = await cell.innerText();
  const counted = /[（(](\d+)\s*(?:\/|of)\s*(\d+)[)）]/.exec(text);
  if (!counted) throw new Error(`No retention counted in "${text}"`);
  return [Number(counted[1]), Number(counted[2])];
}

const streetRetention = async (page: Page): Promise<string> =>
  page.locator('[data-count="streetRetention"]').innerText();

describe('When the street resolves a case and a colleague checks it', () => {
  let caseId: string;
  let before: [number, number];
  let streetOfCommunityBefore: [number, number];
  let streetBefore: string;

  it('resolves it from the queue, and the retention by community counts it', async () => {
    caseId = await disputeEscalatedToStreet(server.url, title);
    const { page } = first;
    await signInAs(page, server.url, 'street.supervisor');
    await page.waitForURL(/\/escalations$/);
    await page
      .locator('[data-community-id="ruiyiyuan"]')
      .locator('[data-figure]')
      .first()
      .waitFor();
    before = await retentionOf(page, 'ruiyiyuan');
    streetOfCommunityBefore = await retentionOf(page, 'ruiyiyuan', 'streetRetentionRate');
    streetBefore = await streetRetention(page);

    await page.getByPlaceholder('按案件标题查找').fill(title);
    await page.getByPlaceholder('按案件标题查找').press('Enter');
    const row = page.locator(`tr[data-case-id="${caseId}"]`);
    await row.getByRole('button', { name: '办结' }).click();
    await choose(page, '办结方式', '已解决');
    await fill(page, '办理情况', '街道协调区征收办现场答复，补偿按新标准执行。');
    await shots.shoot(page, '01-resolve-zh');
    await page.getByRole('dialog').getByRole('button', { name: '确认办结' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    // Resolved at the street: one more resolved case, none more kept in the community.
    await expect
      .poll(() => retentionOf(page, 'ruiyiyuan'), { timeout: 15_000 })
      .toEqual([before[0], before[1] + 1]);
    // …and one more kept in the street.
    expect(await retentionOf(page, 'ruiyiyuan', 'streetRetentionRate')).toEqual([
      streetOfCommunityBefore[0] + 1,
      streetOfCommunityBefore[1] + 1,
    ]);
    expect(await streetRetention(page)).not.toBe(streetBefore);
    await shots.shoot(page, '02-escalations-after-resolve-zh');
  }, 120_000);

  it('offers the one who resolved it no check, and a second supervisor verifies and visits', async () => {
    await first.page.goto(`${server.url}/cases/${caseId}`);
    await first.page.getByRole('heading', { name: title }).waitFor();
    await first.page.getByRole('button', { name: '重新办理' }).waitFor();
    expect(await first.page.getByRole('button', { name: '核查' }).count()).toBe(0);
    expect(await first.page.getByRole('button', { name: '回访' }).count()).toBe(0);

    const { page } = second;
    await signInAs(page, server.url, 'street.supervisor2', `/cases/${caseId}`);
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByRole('button', { name: '核查' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('核查通过', { exact: true }).click();
    await choose(page, '核查方式', '实地核查');
    await fill(page, '备注', '已到现场核实补偿款发放。');
    await shots.shoot(page, '03-verify-zh');
    await dialog.getByRole('button', { name: '提交核查' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.case-timeline').getByText('核查通过').waitFor();

    await page.getByRole('button', { name: '回访' }).click();
    await dialog.getByText('满意', { exact: true }).click();
    await choose(page, '回访方式', '电话回访');
    await fill(page, '群众意见', '补偿已到位，满意。');
    await shots.shoot(page, '04-return-visit-zh');
    await dialog.getByRole('button', { name: '记录回访' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.case-timeline').getByText('回访：满意').waitFor();
    await shots.shoot(page, '05-case-visited-zh');
  }, 120_000);

  it('lets the first supervisor archive it, and the figures still count it once', async () => {
    const { page } = first;
    await page.reload();
    await page.getByRole('button', { name: '归档' }).click();
    await fill(page, '归档说明（可不填）', '核查通过，群众满意。');
    await page.getByRole('dialog').getByRole('button', { name: '确认归档' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByText('已归档', { exact: true }).first().waitFor();
    await shots.shoot(page, '06-closed-zh');

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('link', { name: 'Escalations' }).first().click();
    await page.getByRole('heading', { name: 'Escalations' }).waitFor();
    await page
      .locator('[data-community-id="ruiyiyuan"]')
      .locator('[data-figure]')
      .first()
      .waitFor();
    expect(await retentionOf(page, 'ruiyiyuan')).toEqual([before[0], before[1] + 1]);
    await shots.shoot(page, '07-escalations-en');
  }, 90_000);
});
