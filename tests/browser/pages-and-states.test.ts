import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { demoUrl, startBrowser } from './support/extension';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('on a site where Caravan does not run, the panel says so and offers a scan; without the grant it explains the failure', async () => {
  // `localhost` is not in the content script's matches (the demo build adds 127.0.0.1 only).
  const page = await browser.context.newPage();
  await page.goto(demoUrl().replace('127.0.0.1', 'localhost'));
  const tabId = await browser.worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await expect
    .poll(() => panel.locator('main').innerText())
    .toContain('Caravan is not running on this page.');
  // A real click on the toolbar button grants activeTab; a panel opened as a page has no such grant.
  await panel.getByRole('button', { name: 'Scan this page' }).click();
  await expect
    .poll(() => panel.getByRole('alert').innerText())
    .toContain('Caravan could not read this page.');
  await panel.close();
  await page.close();
});

test('the options page lists where Caravan runs and says that nothing leaves the machine', async () => {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await expect.poll(() => options.getByRole('heading', { level: 1 }).innerText()).toBe('Caravan options');
  expect(await options.locator('.site-list li').allInnerTexts()).toContain('news.cn');
  expect(await options.locator('main').innerText()).toContain('It sends nothing anywhere.');
  expect(await options.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
  await options.close();
});
