import type { Page } from 'playwright-core';

export const demoPassword = 'gridline-demo-2026';

/** Signs in through the sign-in page, in whichever language it shows. */
export async function signInAs(
  page: Page,
  base: string,
  username: string,
  path = '/',
): Promise<void> {
  await page.goto(`${base}${path}`);
  await page.waitForURL(/\/sign-in/);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(demoPassword);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** A case id through the API, as `username` sees the board with these filters. */
export async function findCase(base: string, username: string, query: string): Promise<string> {
  const session = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  const cookie = session.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const board = await fetch(`${base}/api/cases?${query}&limit=1`, { headers: { cookie } });
  const { items } = (await board.json()) as { items: { caseId: string }[] };
  if (!items[0]) throw new Error(`No case for ${username} with ${query}`);
  return items[0].caseId;
}

/** The API as `username`, for a colleague's moves the journey does not watch. */
export async function apiAs(base: string, username: string) {
  const session = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  const cookie = session.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  return async (path: string, body: unknown): Promise<Record<string, unknown>> => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
}
