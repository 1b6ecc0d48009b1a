import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from './support/antdFields.ts';
import { openBrowser, screenshotFolder, type Person } from './support/browser.ts';
import { startConsoleServer, type ConsoleServer } from './support/consoleServer.ts';
import { signInAs } from './support/signIn.ts';

// The figures journey: a street supervisor opens the figures of their street, narrows them
// to one community and to the matters raised at residents' meetings (书记下午茶), reads the
// tally as the API counts it, and opens the printable weekly community sweep.

interface ScriptTimings {
  performance: {
    getEntriesByType(type: 'resource'): { name: string; encodedBodySize: number }[];
  };
}

interface PageWidth {
  document: { documentElement: { scrollWidth: number } };
}

interface MeetingTally {
  readonly figures: {
    readonly residentMeetings: { mattersCollected: number; mattersResolved: number };
  };
}

let server: ConsoleServer;
let supervisor: Person;
const shots = screenshotFolder('figures');

beforeAll(async () => {
  server = await startConsoleServer();
  supervisor = await openBrowser();
}, 120_000);

afterAll(async () => {
  await supervisor?.close();
  await server?.stop();
});

describe('When a street supervisor reads the figures', () => {
  it('sees the figures week by week, filters by source and reads the meetings’ tally', async () => {
    const { page } = supervisor;
    await signInAs(page, server.url, 'street.supervisor');
    await page.getByRole('link', { name: '统计排名' }).click();
    await page.getByRole('heading', { name: '统计排名' }).waitFor();
    await page.locator('[data-figure="resolutionRate"]').waitFor();
    // What a fresh load of the page costs (reported, not asserted): the chart is plain SVG.
    await page.reload();
    await page.locator('[data-figure="resolutionRate"]').waitFor();
    const scriptBytes = await page.evaluate(() =>
      (globalThis as unknown as ScriptTimings).performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.js'))
        .reduce((sum, entry) => sum + entry.encodedBodySize, 0),
    );
    console.log(`e2e: the figures page loads ${(scriptBytes / 1024).toFixed(0)} KB of JavaScript`);
    // Week by week: each headline rate is a line of the chart, one point per week with figures.
    await page.locator('.weekly-chart [data-series="resolutionRate"] path').waitFor();
    expect(await page.locator('.weekly-chart [data-series] circle').count()).toBeGreaterThan(4);
    // The ranking of the street's communities, ranked ones first.
    await page.locator('.ranking tbody tr.ant-table-row').first().waitFor();
    expect(await page.locator('.ranking tbody tr.ant-table-row').count()).toBeGreaterThan(1);
    await shots.shoot(page, '01-figures-street-zh');

    // One community of the street, from the cascader (street › community).
    await page.locator('.figures-filters .ant-cascader').click();
    await page.locator('.ant-cascader-menu-item', { hasText: '瑞景街道' }).click();
    await page.locator('.ant-cascader-menu-item', { hasText: '瑞益园社区' }).click();
    await page.keyboard.press('Escape');
    await page.waitForURL(/scope=community%3Aruiyiyuan/);
    await choose(page, '来源', '书记下午茶');
    await page.waitForURL(/source=meeting/);
    const tally = page.getByTestId('meeting-tally');
    await tally.getByText(/收集 \d+ 件 · 已办结 \d+ 件 · 办结率/).waitFor();

    // The tally says what the API counts for the same question.
    const query = new URL(page.url()).search;
    const answer = (await page.evaluate(
      async (path) => (await fetch(path)).json(),
      `/api/figures${query}`,
    )) as MeetingTally;
    const { mattersCollected, mattersResolved } = answer.figures.residentMeetings;
    expect(mattersCollected).toBeGreaterThan(0);
    await tally
      .getByText(`收集 ${mattersCollected} 件 · 已办结 ${mattersResolved} 件`, { exact: false })
      .waitFor();
    await shots.shoot(page, '02-figures-community-meetings-zh');

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Figures and ranking' }).waitFor();
    await tally
      .getByText(`${mattersCollected} matters collected · ${mattersResolved} resolved`, {
        exact: false,
      })
      .waitFor();
    await shots.shoot(page, '03-figures-community-meetings-en');
    await page.getByText('中文', { exact: true }).click();
  }, 120_000);

  it('opens the weekly community sweep as a printable page', async () => {
    const { page } = supervisor;
    await page.getByRole('button', { name: '每周社区研判' }).click();
    await page.waitForURL(/\/figures\/print\/weekly\?/);
    await page.getByRole('heading', { name: '每周社区研判 · 瑞益园社区' }).waitFor();
    await page.getByText(/统计期间：\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}/).waitFor();
    // Every headline figure with its definition, on the sheet.
    const rows = page.locator('.print-table tbody tr');
    expect(await rows.count()).toBe(11);
    await page.getByText('在网格或社区层级办结的案件 ÷ 全部办结案件').waitFor();
    await page.getByRole('button', { name: '打印' }).waitFor();
    await shots.shoot(page, '04-weekly-sweep-zh');

    // On paper the frame and the print button stay off; the sheet stays.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.frame-header').isVisible()).toBe(false);
    expect(await page.locator('.frame-sider').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    expect(await page.locator('.print-table').isVisible()).toBe(true);
    await shots.shoot(page, '05-weekly-sweep-print-zh');
    const pdf = join(shots.dir, 'weekly-sweep.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: false });
    expect(existsSync(pdf) && statSync(pdf).size).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Weekly community sweep · 瑞益园社区' }).waitFor();
    await shots.shoot(page, '06-weekly-sweep-en');

    // The month's analysis of the street, with its communities ranked.
    await page.goBack();
    await page.getByRole('button', { name: 'Monthly analysis' }).click();
    await page.waitForURL(/\/figures\/print\/monthly\?/);
    await page.getByRole('heading', { name: 'Monthly analysis · 瑞益园社区' }).waitFor();
    await page.getByRole('heading', { name: 'Monthly ranking' }).waitFor();
    await shots.shoot(page, '07-monthly-analysis-en');
    // On a phone the page fits its width: cards, chart and filters wrap, tables scroll.
    await page.getByText('中文', { exact: true }).click();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/figures?scope=community%3Aruiyiyuan`);
    await page.locator('.weekly-chart').waitFor();
    const width = await page.evaluate(
      () => (globalThis as unknown as PageWidth).document.documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(390);
    await shots.shoot(page, '08-figures-phone-zh');

    // No script failed on the way (the 401 before signing in, and the inline styles antd's
    // popups try and the CSP refuses, are known and harmless: docs/console.md).
    const failures = supervisor.consoleErrors.filter(
      (error) => !/status of 401|Applying inline style violates/.test(error),
    );
    expect(failures).toEqual([]);
  }, 120_000);
});
