// My patch in Chromium, on the demo district: how much JavaScript the page loads (gzip, as
// the server sends it) and how long after navigation its cases, then its building visits,
// are on screen. Each load starts with the browser's cache off, signed in. Run by hand:
// `npm run bench:console` (from tests/; GRIDLINE_DEMO_SIZE=small for the e2e district);
// figures go into docs/benchmarks.md, never into tests.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser } from '../e2e/support/browser.ts';
import { startConsoleServer } from '../e2e/support/consoleServer.ts';
import { signInAs } from '../e2e/support/signIn.ts';

const loads = 9;
const dist = new URL('../../console/dist/', import.meta.url).pathname;

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

// What the marker below uses of the page (these scripts compile without the DOM's types).
interface PageGlobals {
  firstRender: Record<string, number>;
  document: { querySelector(selector: string): unknown };
  MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: { childList: boolean; subtree: boolean }): void;
    disconnect(): void;
  };
}

// Runs in the page before its own scripts: notes when the first case row and the first
// building square appear, in milliseconds since navigation started.
const markFirstRender = () => {
  const page = globalThis as unknown as PageGlobals;
  const marks: Record<string, number> = {};
  page.firstRender = marks;
  const observer = new page.MutationObserver(() => {
    if (marks['cases'] === undefined && page.document.querySelector('tr[data-case-id]'))
      marks['cases'] = performance.now();
    if (marks['buildings'] === undefined && page.document.querySelector('li[data-building]'))
      marks['buildings'] = performance.now();
    if (marks['cases'] !== undefined && marks['buildings'] !== undefined) observer.disconnect();
  });
  observer.observe(page.document, { childList: true, subtree: true });
};

const server = await startConsoleServer({
  demoSize: process.env['GRIDLINE_DEMO_SIZE'] ?? 'default',
});
const person = await openBrowser();
try {
  const { page, context } = person;
  await signInAs(page, server.url, 'grid.leader', '/patch');
  await page.locator('tr[data-case-id]').first().waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await context.addInitScript(markFirstRender);

  const scripts = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/assets/') && path.endsWith('.js')) scripts.add(path);
  });

  const cases: number[] = [];
  const buildings: number[] = [];
  for (let index = 0; index < loads; index++) {
    scripts.clear();
    await page.goto(`${server.url}/patch`);
    await page.locator('li[data-building]').first().waitFor();
    const marks = await page.evaluate(() => (globalThis as unknown as PageGlobals).firstRender);
    cases.push(marks['cases'] ?? NaN);
    buildings.push(marks['buildings'] ?? NaN);
  }
  // The server sends each script's gzipped copy, which the build keeps beside it (the
  // smallest files, which gzip would not shrink, go as they are).
  const sentBytes = (path: string): number => {
    const gzipped = join(dist, `${path}.gz`);
    return statSync(existsSync(gzipped) ? gzipped : join(dist, path)).size;
  };
  const gzipBytes = [...scripts].reduce((sum, path) => sum + sentBytes(path), 0);
  const ms = (values: number[], p: number) => `${percentile(values, p).toFixed(0)} ms`;
  console.log(
    `My patch as grid.leader, ${loads} loads, cache off, ${process.env['GRIDLINE_DEMO_SIZE'] ?? 'default'} demo district`,
  );
  console.log(
    `  JavaScript loaded: ${scripts.size} files, ${(gzipBytes / 1024).toFixed(1)} KB gzip`,
  );
  console.log(`  cases on screen:     median ${ms(cases, 50)}, p90 ${ms(cases, 90)}`);
  console.log(`  buildings on screen: median ${ms(buildings, 50)}, p90 ${ms(buildings, 90)}`);
} finally {
  await person.close();
  await server.stop();
}
