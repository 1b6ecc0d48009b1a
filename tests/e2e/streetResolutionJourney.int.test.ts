import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, fill } from './support/antdFields.ts';
import { openBrowser, screenshotFolder, type Person } from './support/browser.ts';
import { startConsoleServer, type ConsoleServer } from './support/consoleServer.ts';
import { signInAs } from './support/signIn.ts';
import { disputeEscalatedToStreet } from './support/streetCase.ts';

// Journey 2 of the issue, in two browsers at once: a street supervisor resolves a case that
// reached the street; a second supervisor verifies it (four eyes: the first is not offered
// the check) and records the return visit; the first archives it. The Figures page, read
// before and after, counts the street's resolution exactly: one more resolved case in the
// community's retention with none more kept in the community, and one more resolved and
// kept in the street's — as /api/figures says for the same question.

const title = '瑞益园拆迁安置补偿争议';
const figuresPath = '/figures?scope=community%3Aruiyiyuan';

let server: ConsoleServer;
let first: Person;
let second: Person;
const shots = screenshotFolder('street-resolution');

beforeAll(async () => {
  server = await startConsoleServer();
  // Where the district is: the browser's calendar decides the Figures page's default weeks,
  // the server's (Asia/Shanghai) what falls in them. On the machine's UTC, Sunday evenings
  // put the page's weeks a day before the server's Monday and missed what was just done.
  const inTheDistrict = { timezoneId: 'Asia/Shanghai' };
  [first, second] = await Promise.all([openBrowser(inTheDistrict), openBrowser(inTheDistrict)]);
}, 120_000);

afterAll(async () => {
  await first?.close();
  await second?.close();
  await server?.stop();
});

/** The counts behind the two retention rates, as the Figures page's cards and the API say. */
interface Retention {
  readonly community: { resolved: number; within: number };
  readonly street: { resolved: number; within: number };
}

interface FiguresAnswer {
  readonly figures: {
    communityRetentionRate: { resolved: number; withinCommunity: number };
    streetRetentionRate: { resolved: number; withinStreet: number };
  };
}

/** "办结 26 件，其中社区内 22 件" / "26 resolved, 22 within the community" → counts. */
async function cardCounts(
  page: Page,
  figure: string,
): Promise<{ resolved: number; within: number }> {
  const text = await page.locator(`[data-figure="${figure}"] .figure-basis`).innerText();
  const numbers = text.match(/\d+/g);
  if (!numbers || numbers.length !== 2) throw new Error(`No counts in "${text}"`);
  return { resolved: Number(numbers[0]), within: Number(numbers[1]) };
}

/** Opens the Figures page of 瑞益园社区 and reads both retention cards and the API's answer. */
async function readFigures(page: Page, base: string): Promise<Retention> {
  // The page asks for its default period (the last eight whole weeks); ask the API the same.
  const asked = page.waitForRequest((request) => {
    const url = new URL(request.url());
    return url.pathname === '/api/figures' && url.searchParams.has('from');
  });
  await page.goto(`${base}${figuresPath}`);
  const question = new URL((await asked).url()).search;
  expect(question).toContain('scope=community%3Aruiyiyuan');
  await page.locator('[data-figure="streetRetentionRate"] .figure-basis').waitFor();
  const shown: Retention = {
    community: await cardCounts(page, 'communityRetentionRate'),
    street: await cardCounts(page, 'streetRetentionRate'),
  };
  const { figures } = (await page.evaluate(
    async (path) => (await fetch(path)).json(),
    `/api/figures${question}`,
  )) as FiguresAnswer;
  expect(shown).toEqual({
    community: {
      resolved: figures.communityRetentionRate.resolved,
      within: figures.communityRetentionRate.withinCommunity,
    },
    street: {
      resolved: figures.streetRetentionRate.resolved,
      within: figures.streetRetentionRate.withinStreet,
    },
  });
  return shown;
}

describe('When the street resolves a case and a colleague checks it', () => {
  let caseId: string;
  let before: Retention;

  it('reads the figures, then resolves the case from the Escalations queue', async () => {
    caseId = await disputeEscalatedToStreet(server.url, title);
    const { page } = first;
    await signInAs(page, server.url, 'street.supervisor');
    await page.waitForURL(/\/escalations$/);
    before = await readFigures(page, server.url);
    await shots.shoot(page, '01-figures-before-zh');

    await page.getByRole('link', { name: '升级督办' }).first().click();
    await page.getByPlaceholder('按案件标题查找').fill(title);
    await page.getByPlaceholder('按案件标题查找').press('Enter');
    const row = page.locator(`tr[data-case-id="${caseId}"]`);
    await row.getByRole('button', { name: '办结' }).click();
    await choose(page, '办结方式', '已解决');
    await fill(page, '办理情况', '街道协调区征收办现场答复，补偿按新标准执行。');
    await shots.shoot(page, '02-resolve-zh');
    await page.getByRole('dialog').getByRole('button', { name: '确认办结' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await row.getByText('已办结').first().waitFor();
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

  it('lets the first supervisor archive it, and the Figures page counts it once, at the street', async () => {
    const { page } = first;
    await page.reload();
    await page.getByRole('button', { name: '归档' }).click();
    await fill(page, '归档说明（可不填）', '核查通过，群众满意。');
    await page.getByRole('dialog').getByRole('button', { name: '确认归档' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByText('已归档', { exact: true }).first().waitFor();
    await shots.shoot(page, '06-closed-zh');

    // Resolved at the street: one more resolved case, none more kept in the community; one
    // more resolved and kept in the street. Verifying, visiting and archiving count nothing.
    const after = await readFigures(page, server.url);
    expect(after).toEqual({
      community: { resolved: before.community.resolved + 1, within: before.community.within },
      street: { resolved: before.street.resolved + 1, within: before.street.within + 1 },
    });
    await shots.shoot(page, '07-figures-after-zh');

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Figures and ranking' }).waitFor();
    await page
      .locator('[data-figure="communityRetentionRate"] .figure-basis')
      .getByText(
        `${after.community.resolved} resolved, ${after.community.within} within the community`,
      )
      .waitFor();
    await shots.shoot(page, '08-figures-after-en');
  }, 120_000);
});
