import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { collectErrors, demoUrl, paintedFigures, startBrowser, waitForScan } from './support/extension';
import { pointAtFigure } from './support/figure-card';

// The extension reloaded, updated or turned off while an article is open: its content script stays in the page
// with no extension behind it. It must stop quietly, not throw into the news site's console.

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('an article open while the extension goes away: the first click clears the paint, and nothing is thrown', async () => {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${demoUrl()}cca-en-cku-railway/`);
  await waitForScan(browser, page);
  expect((await paintedFigures(page)).length).toBeGreaterThan(0);
  const point = await pointAtFigure(page, 0);

  // The worker reloads its extension; in this profile the reloaded extension does not come back.
  await browser.worker.evaluate(() => {
    setTimeout(() => chrome.runtime.reload(), 50);
  });
  await page.waitForTimeout(1500);

  await page.mouse.click(point.x, point.y);
  await expect.poll(() => paintedFigures(page)).toEqual([]);
  // A change of the page is not scanned any more either.
  await page.evaluate(() => {
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Trade between China and Kazakhstan reached $41 billion in 2024.';
    document.querySelector('article')?.append(paragraph);
  });
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1500);
  expect(await paintedFigures(page)).toEqual([]);
  expect(await page.locator('caravan-figure-card').count()).toBe(0);
  expect(errors).toEqual([]);
});
