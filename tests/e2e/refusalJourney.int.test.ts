import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, screenshotFolder, type Person } from './support/browser.ts';
import { startConsoleServer, type ConsoleServer } from './support/consoleServer.ts';
import { findCase, signInAs } from './support/signIn.ts';

// Journey 4: a person reaches for a case outside their scope and is refused, clearly, in
// Chinese and in English; on a case in their grid that they do not hold, the console offers
// only what their role allows.

let server: ConsoleServer;
let worker: Person;
const shots = screenshotFolder('refusal');

beforeAll(async () => {
  server = await startConsoleServer();
  worker = await openBrowser();
}, 120_000);

afterAll(async () => {
  await worker?.close();
  await server?.stop();
});

describe('When a grid worker reaches beyond their grid', () => {
  it('is refused a case of another grid, in both languages', async () => {
    const { page } = worker;
    const elsewhere = await findCase(server.url, 'admin', 'grid=ruiyiyuan-g02');
    await signInAs(page, server.url, 'grid.worker');
    await page.goto(`${server.url}/cases/${elsewhere}`);
    await page.getByText('无权查看此案件').waitFor();
    await page.getByText('此案件不在您的管辖范围内，服务器已拒绝访问。').waitFor();
    await page.getByText('您当前的身份：网格员').waitFor();
    await shots.shoot(page, '01-refused-zh');

    await page.getByText('EN', { exact: true }).click();
    await page.getByText('You may not open this case').waitFor();
    await page.getByText('This case is outside your scope; the server refused access.').waitFor();
    await page.getByText('You are signed in as: grid worker').waitFor();
    await shots.shoot(page, '02-refused-en');
  }, 90_000);

  it('is offered no step reserved to the grid leader on a case of their own grid', async () => {
    const { page } = worker;
    const held = await findCase(
      server.url,
      'grid.leader',
      'grid=ruiyiyuan-g01&status=in_progress&level=community',
    );
    await page.goto(`${server.url}/cases/${held}`);
    await page.getByText('What you can do now').waitFor();
    await page.getByRole('button', { name: 'Note' }).waitFor();
    for (const step of ['Dispatch', 'Escalate', 'Resolve', 'Mediate…']) {
      if ((await page.getByRole('button', { name: step }).count()) > 0)
        throw new Error(`${step} offered`);
    }
    await page.getByText('中文', { exact: true }).click();
    await page.getByText('您现在可以办理').waitFor();
    await shots.shoot(page, '03-own-grid-zh');
  }, 60_000);

  it('is served the console for any path outside /api, and problems under /api', async () => {
    const page = await fetch(`${server.url}/no/such/page`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    // Scripts go gzipped (what My patch loads in all is checked with the phone, below).
    const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
    const answer = await fetch(`${server.url}${entry}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(answer.headers.get('content-encoding')).toBe('gzip');
    const api = await fetch(`${server.url}/api/no-such-route`);
    expect(api.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const asset = await fetch(`${server.url}/assets/no-such-file.js`);
    expect(asset.status).toBe(404);
    expect(server.lines.some((line) => /^Console: http:\/\/localhost:\d+\/ /.test(line))).toBe(
      true,
    );
  });

  it('fits My patch on a phone, urgency under each case, in under 200 KB of JavaScript', async () => {
    const { page, context } = worker;
    await page.setViewportSize({ width: 390, height: 844 });
    // Everything the first screen loads, as a fresh visit would (the browser's cache off).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const scripts = new Set<string>();
    const noteScript = (response: { url(): string }) => {
      const path = new URL(response.url()).pathname;
      if (path.startsWith('/assets/') && path.endsWith('.js')) scripts.add(path);
    };
    page.on('response', noteScript);
    await page.goto(`${server.url}/patch`);
    await page.locator('.case-row-compact').first().waitFor();
    await page.locator('li[data-building]').first().waitFor();
    page.off('response', noteScript);
    await cdp.detach();
    const sizes = await Promise.all(
      [...scripts].map(async (path) => {
        const answer = await fetch(`${server.url}${path}`, {
          headers: { 'accept-encoding': 'gzip' },
        });
        return gzipSync(Buffer.from(await answer.arrayBuffer())).length;
      }),
    );
    const total = sizes.reduce((sum, size) => sum + size, 0);
    console.log(
      `e2e: My patch loads ${scripts.size} scripts, ${(total / 1024).toFixed(1)} KB gzip`,
    );
    expect(total).toBeLessThan(200 * 1024);
    await page
      .getByRole('navigation', { name: '页面' })
      .getByRole('link', { name: '案件台账' })
      .waitFor();
    await shots.shoot(page, '04-my-patch-phone-zh');
    await page.setViewportSize({ width: 1280, height: 860 });
  }, 60_000);

  it('shows its own page for a path it does not know', async () => {
    const { page } = worker;
    await page.goto(`${server.url}/no/such/page`);
    await page.getByText('页面不存在').waitFor();
    await shots.shoot(page, '05-not-found-zh');
    await page.getByTestId('account-menu').click();
    await page.getByText('退出登录').click();
    await page.waitForURL(/\/sign-in$/);
    await page.goto(`${server.url}/patch`);
    await page.waitForURL(/\/sign-in\?next=%2Fpatch/);
  }, 60_000);
});
