import type { Page } from 'playwright-core';

// antd draws selects and radios from divs; these find them by their visible label, the way
// a person does.

/** Opens the select labelled `label` in the open dialog or page and picks `option`. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

export async function fill(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(text);
}
