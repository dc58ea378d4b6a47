import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { listDemoPages } from '../../scripts/lib/demo-server';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { demoUrl, startBrowser, waitForScan } from './support/extension';

// A reader restores a backup of the fact store (options page) that holds an article they saved: the saved copy
// keeps its note and its figures.

let browser: ExtensionBrowser;
const english = (await listDemoPages()).find(
  (page) => page.topic && page.lang === 'en' && page.figureCount > 0,
);
if (!english) throw new Error('The demo site needs an English article');

beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openList(tabId?: number): Promise<Page> {
  const panel = await browser.context.newPage();
  const tab = tabId === undefined ? '' : `&tab=${tabId}`;
  await panel.goto(`chrome-extension://${browser.extensionId}/popup.html?view=list${tab}`);
  await panel.waitForFunction(() => !document.querySelector('.status-title')?.textContent?.includes('…'));
  return panel;
}

test('a fact-store backup imported over a saved article keeps its note, and its saved copy keeps its figures', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${demoUrl()}${english.slug}/`);
  const panel = await openList(await waitForScan(browser, page));
  await panel.getByRole('button', { name: 'Save this page' }).click();
  const entry = panel.locator('.saved-item', { hasText: english.title });
  await entry.getByText('Tags and note').click();
  await entry.getByLabel('Note').fill('Compare with the customs figures.');
  await entry.getByLabel('Note').blur();
  await expect.poll(() => entry.locator('.saved-note').innerText()).toBe('Compare with the customs figures.');
  await panel.close();

  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const [json] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export everything (JSON)' }).click(),
  ]);
  await options.getByLabel('Import a JSON export').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: await readFile((await json.path()) as string),
  });
  await expect.poll(() => options.getByRole('status').innerText()).toMatch(/^Imported \d+ figures/);

  const again = await openList();
  const kept = again.locator('.saved-item', { hasText: english.title });
  await expect.poll(() => kept.locator('.saved-note').innerText()).toBe('Compare with the customs figures.');
  const href = await kept.locator('.saved-title').getAttribute('href');
  const reader = await browser.context.newPage();
  await reader.goto(`chrome-extension://${browser.extensionId}/${href}`);
  await expect.poll(() => reader.locator('h1').innerText()).toBe(english.title);
  await expect.poll(() => reader.locator('.saved-text mark').count()).toBeGreaterThan(0);
});
