import { afterAll, beforeAll, describe, it } from 'vitest';
import { choose, fill } from './support/antdFields.ts';
import { openBrowser, screenshotFolder, type Person } from './support/browser.ts';
import { startConsoleServer, type ConsoleServer } from './support/consoleServer.ts';
import { signInAs } from './support/signIn.ts';

// My patch beyond the cases — the grid's figures, its buildings by last visit, patrols and
// welfare checks — and recording a patrol; then a community's resident meetings (书记下午茶):
// the tally, the cases the matters opened, and recording a meeting. In Chinese and English.

let server: ConsoleServer;
let person: Person;
const shots = screenshotFolder('patch-and-meetings');

beforeAll(async () => {
  server = await startConsoleServer();
  person = await openBrowser();
}, 120_000);

afterAll(async () => {
  await person?.close();
  await server?.stop();
});

describe('When a grid leader looks after the patch', () => {
  it('sees the buildings by last visit, the patrols and the figures, and records a patrol', async () => {
    const { page } = person;
    await signInAs(page, server.url, 'grid.leader', '/patch');
    await page.getByRole('heading', { name: '楼栋走访' }).waitFor();
    await page.getByRole('heading', { name: '最近巡查' }).waitFor();
    await page.getByRole('heading', { name: '关爱走访' }).first().waitFor();
    await page.locator('[data-figure="satisfaction"]').waitFor();
    await page.locator('li[data-building]').first().waitFor();
    await shots.shoot(page, '01-my-patch-zh');

    await page.getByRole('button', { name: '记录巡查' }).click();
    const dialog = page.getByRole('dialog');
    // Checked before sending: a building walked needs its households.
    await choose(page, '楼栋', '3号楼');
    await dialog.getByRole('button', { name: '记录巡查' }).click();
    await dialog.getByText('请填写此项').first().waitFor();
    await fill(page, '走访户数', '100000');
    await dialog.getByText(/该楼栋只有 \d+ 户/).waitFor();
    await fill(page, '走访户数', '6');
    await dialog.getByRole('button', { name: '添加发现' }).click();
    await fill(page, '标题', '3号楼东侧路灯不亮');
    await choose(page, '事件类别', '设施维修');
    await choose(page, '立案', '立案 · 低风险');
    await shots.shoot(page, '02-record-patrol-zh');
    await dialog.getByRole('button', { name: '记录巡查' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('巡查已记录，立案 1 件。').waitFor();
    await page.locator('li[data-building="ruiyiyuan-b003"][data-band="recent"]').waitFor();
    await page.locator('tr[data-case-id]', { hasText: '3号楼东侧路灯不亮' }).waitFor();

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Building visits' }).waitFor();
    await page.getByText('Recent patrols').waitFor();
    await shots.shoot(page, '03-my-patch-en');
    await page.getByRole('button', { name: 'Record a patrol' }).click();
    await page.getByRole('dialog').getByText('Buildings walked').waitFor();
    await shots.shoot(page, '04-record-patrol-en');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('中文', { exact: true }).click();
    await page.getByTestId('account-menu').click();
    await page.getByText('退出登录').click();
    await page.waitForURL(/\/sign-in/);
  }, 120_000);
});

describe('When community staff record a resident meeting', () => {
  it('shows the tally and the matters’ cases, and opens a case per matter', async () => {
    const { page } = person;
    await signInAs(page, server.url, 'community.staff', '/meetings');
    await page.getByRole('heading', { name: '书记下午茶' }).waitFor();
    await page
      .getByTestId('meeting-tally')
      .getByText(/收集 \d+ 件/)
      .waitFor();
    await shots.shoot(page, '05-meetings-zh');

    await page.getByRole('button', { name: '记录下午茶' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '记录并立案' }).click();
    await dialog.getByText('请填写此项').first().waitFor();
    await fill(page, '主题', '冬季供暖与楼道照明');
    await fill(page, '地点', '瑞益园社区党群服务中心');
    await fill(page, '参加居民人数', '14');
    await fill(page, '标题', '2号楼楼道感应灯损坏');
    await choose(page, '事件类别', '设施维修');
    await choose(page, '所属网格', '瑞益园第1网格');
    await fill(page, '具体情况', '居民反映2号楼三至五层感应灯不亮，夜间出行不便。');
    await shots.shoot(page, '06-record-meeting-zh');
    await dialog.getByRole('button', { name: '记录并立案' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('已记录，收集事项已立案 1 件。').waitFor();
    await page.locator('tr[data-case-id]', { hasText: '2号楼楼道感应灯损坏' }).waitFor();

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Resident meetings' }).waitFor();
    await page
      .getByTestId('meeting-tally')
      .getByText(/matters? collected/)
      .waitFor();
    await shots.shoot(page, '07-meetings-en');
  });
});
