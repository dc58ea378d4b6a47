import { readFile } from 'node:fs/promises';
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

test('the options page exports the fact store as JSON and CSV, refuses a broken file, and imports an export', async () => {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const [json] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export everything (JSON)' }).click(),
  ]);
  const exported = JSON.parse(await readFile((await json.path()) as string, 'utf8')) as {
    tables: { articles: unknown[]; mentions: unknown[] };
  };
  expect(exported.tables.articles.length).toBeGreaterThan(0);
  const [csv] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export figures (CSV)' }).click(),
  ]);
  const rows = (await readFile((await csv.path()) as string, 'utf8')).trim().split('\r\n');
  expect(rows.length).toBe(exported.tables.mentions.length + 1);

  const input = options.getByLabel('Import a JSON export');
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ not json'),
  });
  await expect.poll(() => options.getByRole('alert').innerText()).toContain('not valid JSON');
  await input.setInputFiles({
    name: 'facts.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  await expect
    .poll(() => options.getByRole('status').innerText())
    .toBe(
      `Imported ${exported.tables.mentions.length} figures from ${exported.tables.articles.length} articles.`,
    );
  await options.close();
});
