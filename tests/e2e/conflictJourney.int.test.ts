import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, screenshotFolder, type Person } from './support/browser.ts';
import { startConsoleServer, type ConsoleServer } from './support/consoleServer.ts';
import { apiAs, signInAs } from './support/signIn.ts';

// While a grid worker types up a mediation, their grid leader dispatches the case to
// someone else. Sending it is refused as stale: the console says so, shows what changed,
// keeps the text, and no longer offers a step the worker cannot take.

let server: ConsoleServer;
let worker: Person;
const shots = screenshotFolder('conflict');

beforeAll(async () => {
  server = await startConsoleServer();
  worker = await openBrowser();
}, 120_000);

afterAll(async () => {
  await worker?.close();
  await server?.stop();
});

describe('When a colleague changes the case while the worker is typing', () => {
  it('explains the conflict, refreshes the case and keeps what was typed', async () => {
    const leader = await apiAs(server.url, 'grid.leader');
    const opened = await leader('/api/cases/disputes', {
      place: { streetId: 'ruijing', communityId: 'ruiyiyuan', gridId: 'ruiyiyuan-g01' },
      riskLevel: 'medium',
      title: '2号楼停车位纠纷',
      description: '两户争用同一车位。',
      disputeType: 'parking',
      parties: [{ name: '孙红', role: 'applicant' }],
      source: 'resident',
    });
    const caseId = String(opened['id']);
    await leader(`/api/cases/${caseId}/assign`, { assigneeId: 'worker-ruiyiyuan-g01-1' });

    const { page } = worker;
    // With the live stream up, the leader's change reaches the open dialog within a second
    // and it stops offering the step before it is sent. The stream may be down (a phone in
    // a stairwell): then it is the server that refuses the stale revision, as here.
    await page.route('**/api/live*', (route) => route.abort());
    await signInAs(page, server.url, 'grid.worker', `/cases/${caseId}`);
    await page.getByRole('button', { name: '调解…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('部分达成', { exact: true }).click();
    await dialog.getByLabel('调解经过').fill('双方同意轮流使用车位，细节待定。');

    await leader(`/api/cases/${caseId}/assign`, { assigneeId: 'leader-ruiyiyuan-g01' });
    await dialog.getByRole('button', { name: '记录调解' }).click();

    await dialog.getByText('此案件在您填写时已被他人更改').waitFor();
    await dialog.getByText('派单 → 周丽').waitFor();
    await dialog.getByText('案件现状下，您已不能执行此操作。').waitFor();
    expect(await dialog.getByLabel('调解经过').inputValue()).toBe(
      '双方同意轮流使用车位，细节待定。',
    );
    await shots.shoot(page, '01-conflict-zh');

    await dialog.getByRole('button', { name: '取消' }).click();
    await page.locator('.case-timeline').getByText('派单 → 周丽').waitFor();
    await page
      .getByText('以您的身份，当前无可办理的操作。')
      .or(page.getByRole('button', { name: '备注' }))
      .first()
      .waitFor();
    expect(await page.getByRole('button', { name: '调解…' }).count()).toBe(0);
    await shots.shoot(page, '02-refreshed-zh');
  }, 90_000);
});
