import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, screenshotFolder, type Person } from './support/browser.ts';
import { startConsoleServer, type ConsoleServer } from './support/consoleServer.ts';
import { apiAs, signInAs } from './support/signIn.ts';

// 按人删除: the street supervisor erases one party of a dispute on that party's request,
// from the case view, with a reason and a confirmation; the other party stays as it was.

let server: ConsoleServer;
let person: Person;
const shots = screenshotFolder('erasure');

beforeAll(async () => {
  server = await startConsoleServer();
  person = await openBrowser();
}, 120_000);

afterAll(async () => {
  await person?.close();
  await server?.stop();
});

describe('When one party of a dispute asks to be forgotten', () => {
  it('the street supervisor erases that party only, from the case view', async () => {
    const leader = await apiAs(server.url, 'grid.leader');
    const opened = await leader('/api/cases/disputes', {
      place: { streetId: 'ruijing', communityId: 'ruiyiyuan', gridId: 'ruiyiyuan-g01' },
      riskLevel: 'low',
      title: '楼道堆物邻里纠纷（删除个人信息）',
      description: '双方就楼道堆放杂物发生争执。',
      disputeType: 'neighbour',
      parties: [
        { name: '欧阳春晓', phone: '13912345678', role: 'applicant' },
        { name: '司马秋生', phone: '13787654321', role: 'respondent' },
      ],
      source: 'resident',
    });
    const caseId = String(opened['id']);
    const { page } = person;
    await signInAs(page, server.url, 'street.supervisor');
    await page.goto(`${server.url}/cases/${caseId}`);
    const panel = page.locator('section.personal-data');
    await panel.getByText('欧***').waitFor();
    await panel.getByRole('button', { name: '删除…' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('申请人及核验方式').fill('申请人本人书面申请，已核验身份证。');
    await dialog.getByLabel('我已知晓删除后无法恢复').check();
    await shots.shoot(page, '01-erase-zh');
    await dialog.getByRole('button', { name: '删除', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    await panel.getByText('（已应申请删除）').first().waitFor();
    expect(await panel.innerText()).toContain('司***');
    expect(await panel.innerText()).not.toContain('欧***');
    // Only the respondent is left to erase.
    expect(await panel.getByRole('button', { name: '删除…' }).count()).toBe(1);
    await shots.shoot(page, '02-erased-zh');
  });
});
