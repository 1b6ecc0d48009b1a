import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fill } from './support/antdFields.ts';
import { openBrowser, screenshotFolder, type Person } from './support/browser.ts';
import { startConsoleServer, type ConsoleServer } from './support/consoleServer.ts';
import { findCase, signInAs } from './support/signIn.ts';

// Journey 3: an auditor browses the log, replays a closed case step by step (revealing its
// residents' data only with a reason), recomputes the figures from the events at the
// position the console counted them to and sees every number match, and exports the case
// file (一案一档), whose downloaded JSON hashes to the SHA-256 it carries.

/** RFC 8785 canonical JSON, as docs/api.md gives it for checking a case file. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value !== null && typeof value === 'object'
      ? `{${Object.keys(value)
          .sort()
          .map(
            (key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`,
          )
          .join(',')}}`
      : JSON.stringify(value);

let server: ConsoleServer;
let auditor: Person;
let caseId: string;
let revealed = false;
const shots = screenshotFolder('auditor');

beforeAll(async () => {
  server = await startConsoleServer();
  auditor = await openBrowser();
  caseId = await findCase(server.url, 'auditor', 'status=closed');
}, 120_000);

afterAll(async () => {
  await auditor?.close();
  await server?.stop();
});

describe('When an auditor checks the record', () => {
  it('browses the whole log, page after page, drawing only the rows in view', async () => {
    const { page } = auditor;
    await signInAs(page, server.url, 'auditor');
    await page.getByRole('link', { name: '审计' }).click();
    await page.getByRole('heading', { name: '审计 · 事件日志' }).waitFor();
    const count = page.getByTestId('audit-log-count');
    await count.getByText('已载入 200 条').waitFor();
    const scroller = page.getByTestId('audit-log-scroller');
    await scroller.evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    await count.getByText('已载入 400 条').waitFor();
    // Hundreds loaded, a screenful drawn.
    expect(await scroller.locator('[role="row"]').count()).toBeLessThan(60);
    await shots.shoot(page, '01-audit-log-zh');

    await fill(page, '事件类型', 'CaseClosed');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.locator('[role="row"][aria-rowindex="1"]', { hasText: 'CaseClosed' }).waitFor();
    await page.locator('[role="row"][aria-rowindex="1"] [role="cell"]').first().click();
    await page.locator('.event-detail pre').waitFor();
    await shots.shoot(page, '02-audit-log-filtered-zh');
  }, 120_000);

  it('replays a case step by step, with the state after each event', async () => {
    const { page } = auditor;
    await page.goto(`${server.url}/audit/cases/${caseId}`);
    await page.getByRole('heading', { name: '案件回放' }).waitFor();
    const step = page.getByTestId('replay-step');
    const total = Number(/\/ (\d+) 步/.exec(await step.innerText())?.[1]);
    expect(total).toBeGreaterThan(3);
    await step.getByText(`第 1 / ${total} 步`).waitFor();
    // The opening: the case awaits dispatch, and every member is new.
    await page.locator('.state-changed', { hasText: '待派单' }).waitFor();
    await page.getByRole('button', { name: '下一步' }).click();
    await step.getByText(`第 2 / ${total} 步`).waitFor();
    const changedAtTwo = await page.locator('.state-changed').count();
    expect(changedAtTwo).toBeGreaterThan(0);
    expect(changedAtTwo).toBeLessThan(12);
    await shots.shoot(page, '03-replay-step-2-zh');
    await page.getByRole('slider').focus();
    await page.keyboard.press('End');
    await step.getByText(`第 ${total} / ${total} 步`).waitFor();
    await page.locator('.ant-descriptions-item-content', { hasText: '已归档' }).waitFor();

    // Residents stay masked until revealed with a reason, which the access log records.
    const reveal = page.getByRole('button', { name: '查看完整信息…' });
    if (await reveal.isVisible()) {
      await reveal.click();
      await fill(page, '查看理由', '审计抽查本案当事人信息');
      await page.getByRole('button', { name: '说明理由并查看' }).click();
      await page.getByText('已查看，已记入访问记录').waitFor();
      revealed = true;
    }
    await shots.shoot(page, '04-replay-last-zh');

    await page.getByText('EN', { exact: true }).click();
    await step.getByText(`Step ${total} of ${total}`).waitFor();
    await shots.shoot(page, '05-replay-last-en');
    await page.getByText('中文', { exact: true }).click();
  }, 120_000);

  it('recomputes the figures from the events and finds them equal to the console’s', async () => {
    const { page } = auditor;
    await page.goto(`${server.url}/audit/figures`);
    await page.getByRole('heading', { name: '审计 · 指标核算' }).waitFor();
    const verdict = page.getByTestId('figures-check-verdict');
    await verdict.getByText(/项数值全部一致/).waitFor();
    const text = await verdict.innerText();
    const [, consolePosition, recomputedPosition] = /位置 (\S+) 与 (\S+?)）/.exec(text) ?? [];
    expect(consolePosition).toMatch(/^\d+\/\d+$/);
    expect(recomputedPosition).toBe(consolePosition);
    expect(await page.locator('.figure-differs').count()).toBe(0);
    await shots.shoot(page, '06-figures-check-zh');

    // At an earlier position the log held less: the recomputation differs, in red.
    const earlier = `${Number(consolePosition!.split('/')[0]) - 400}`;
    await fill(page, '核算至日志位置', `${earlier}/${earlier}`);
    await page.getByRole('button', { name: '重新计算' }).click();
    await verdict.getByText(/项数值不一致/).waitFor();
    expect(await page.locator('.figure-differs').count()).toBeGreaterThan(0);
    await page.getByText('EN', { exact: true }).click();
    await verdict.getByText(/values differ/).waitFor();
    await shots.shoot(page, '07-figures-check-earlier-en');
    await page.getByText('中文', { exact: true }).click();
  }, 120_000);

  it('exports the case file, whose JSON hashes to the SHA-256 it shows', async () => {
    const { page } = auditor;
    await page.goto(`${server.url}/audit/cases/${caseId}`);
    await page.getByRole('button', { name: '一案一档' }).click();
    await page.getByRole('heading', { name: `一案一档 · ${caseId}` }).waitFor();
    await page.getByText('本浏览器重新计算，结果一致').waitFor();
    const shown = await page.getByTestId('case-file-hash').innerText();
    expect(shown).toMatch(/^[0-9a-f]{64}$/);
    await shots.shoot(page, '08-case-file-zh');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 JSON' }).click(),
    ]);
    const saved = await download.path();
    const { file, hash } = JSON.parse(readFileSync(saved, 'utf8')) as {
      file: { caseId: string; reveals: unknown[] };
      hash: { value: string };
    };
    expect(file.caseId).toBe(caseId);
    // The reveal made while replaying is on file: who, when, which fields and why.
    expect(file.reveals.length).toBe(revealed ? 1 : 0);
    expect(hash.value).toBe(shown);
    expect(createHash('sha256').update(canonical(file), 'utf8').digest('hex')).toBe(hash.value);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.frame-sider').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '下载 JSON' }).isVisible()).toBe(false);
    await shots.shoot(page, '09-case-file-print-zh');
    await page.emulateMedia({ media: 'screen' });
    await page.getByText('EN', { exact: true }).click();
    await page.getByText('Recomputed in this browser: it matches').waitFor();
    await shots.shoot(page, '10-case-file-en');
  }, 120_000);
});
