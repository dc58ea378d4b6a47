import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { accessibilityViolations, demoUrl, openPanel, startBrowser, waitForScan } from './support/extension';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test.each([
  ['an article', 'cca-en-xian-summit-trade/'],
  ['a page that is not on topic', 'lookalike-china-asean-trade/'],
])('the panel for %s has no serious or critical accessibility violation (axe-core)', async (_name, path) => {
  const page = await browser.context.newPage();
  await page.goto(`${demoUrl()}${path}`);
  const panel = await openPanel(browser, await waitForScan(browser, page));
  expect(await accessibilityViolations(panel)).toEqual([]);
  await panel.close();
  await page.close();
});

test('the options page has no serious or critical accessibility violation (axe-core)', async () => {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('heading', { level: 1 }).waitFor();
  expect(await accessibilityViolations(options)).toEqual([]);
  await options.close();
});
