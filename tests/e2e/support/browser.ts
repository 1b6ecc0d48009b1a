import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

// Debian's chromium: npm cannot download a browser here, so playwright-core drives the
// distribution's package (`.ci/run` installs it, with a CJK font so Chinese renders).
const executablePath = process.env['GRIDLINE_CHROMIUM'] ?? '/usr/bin/chromium';
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One person at one browser: a fresh profile, so no cookie or remembered language leaks. */
export interface Person {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors and CSP violations the page reported. */
  readonly consoleErrors: string[];
  close(): Promise<void>;
}

export interface BrowserOptions {
  /** The browser's time zone; by default the machine's. */
  readonly timezoneId?: string;
}

export async function openBrowser(options: BrowserOptions = {}): Promise<Person> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}: install Debian's package (apt-get install chromium fonts-noto-cjk, as .ci/run does) or set GRIDLINE_CHROMIUM.`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'gridline-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args,
    locale: 'zh-CN',
    ...(options.timezoneId && { timezoneId: options.timezoneId }),
    viewport: { width: 1280, height: 860 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return {
    page,
    context,
    consoleErrors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Where this run's screenshots go; printed so a person can look at them. */
export function screenshotFolder(journey: string): {
  dir: string;
  shoot(page: Page, name: string): Promise<void>;
} {
  const dir = process.env['GRIDLINE_E2E_SCREENSHOTS']
    ? join(process.env['GRIDLINE_E2E_SCREENSHOTS'], journey)
    : mkdtempSync(join(tmpdir(), `gridline-e2e-${journey}-`));
  mkdirSync(dir, { recursive: true });
  console.log(`e2e: screenshots of "${journey}" in ${dir}`);
  return {
    dir,
    shoot: async (page, name) => {
      // Dialogs and menus shown as they settle, not halfway through their opening animation.
      await page.screenshot({
        path: join(dir, `${name}.png`),
        fullPage: true,
        animations: 'disabled',
      });
    },
  };
}
