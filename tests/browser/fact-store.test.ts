import { afterAll, beforeAll, expect, test } from 'vitest';
import demoFacts from '@/lib/store/demo-facts.json';
import { listDemoPages } from '../../scripts/lib/demo-server';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { demoUrl, openPanel, readReport, startBrowser, waitForScan } from './support/extension';
import { readStoreMentions, readStoreRows } from './support/store-rows';

let browser: ExtensionBrowser;
const articles = (await listDemoPages()).filter((page) => page.topic);

beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Counts rows of the extension's IndexedDB (never creating it: a store not made yet counts 0). */
async function countRows(table: 'articles' | 'mentions'): Promise<number> {
  return (table === 'articles' ? await readStoreRows(browser, table) : await readStoreMentions(browser))
    .length;
}

test('a new profile starts with the demo articles in the store', async () => {
  await expect.poll(() => countRows('articles'), { timeout: 30_000 }).toBe(demoFacts.tables.articles.length);
  expect(await countRows('mentions')).toBe(demoFacts.tables.mentions.length);
});

test('articles read in many tabs at once are all stored, nothing lost', async () => {
  const before = await countRows('mentions');
  const pages = await Promise.all(articles.map(() => browser.context.newPage()));
  await Promise.all(pages.map((page, index) => page.goto(`${demoUrl()}${articles[index]?.slug}/`)));
  const reports = await Promise.all(
    pages.map(async (page) => readReport(browser, await waitForScan(browser, page))),
  );
  expect(reports.every((report) => report.isTopic && report.storeError === '')).toBe(true);
  // Each demo article is already in the store under its canonical url: read again, it replaces its own figures.
  await expect.poll(() => countRows('articles')).toBe(demoFacts.tables.articles.length);
  expect(await countRows('mentions')).toBe(before);
  await Promise.all(pages.map((page) => page.close()));
});

test('under a figure, the panel shows that other articles report the same fact', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${demoUrl()}cca-en-cku-railway/`);
  const tabId = await waitForScan(browser, page);
  const panel = await openPanel(browser, tabId);
  // The 2024 trade total, $94.8 billion, is in other demo articles too (948亿美元, 94,8 млрд долларов).
  const figure = panel
    .locator('.figure')
    .filter({ has: panel.locator('.figure-text', { hasText: /^\$94\.8 billion$/ }) });
  await expect
    .poll(() => figure.locator('.fact-agree').allInnerTexts(), { timeout: 10_000 })
    .toEqual([expect.stringMatching(/other reports agree|Another article reports the same/)]);
  await panel.close();
  await page.close();
});

test('a stated conversion shows the exchange rate it implies', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${demoUrl()}cca-en-xian-summit-trade/`);
  const panel = await openPanel(browser, await waitForScan(browser, page));
  const figure = panel
    .locator('.figure')
    .filter({ has: panel.locator('.figure-text', { hasText: /^\$24\.8 billion$/ }) });
  await expect
    .poll(() => figure.locator('.fact-info').innerText(), { timeout: 10_000 })
    .toBe('Stated conversion: 173.05 billion yuan (1 USD = 6.978 CNY)');
  await panel.close();
  await page.close();
});

test('a full disk is reported in plain words and loses nothing stored before', async () => {
  const before = await countRows('mentions');
  await browser.worker.evaluate(() => {
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const proto = IDBObjectStore.prototype as unknown as Record<string, unknown>;
    (globalThis as Record<string, unknown>).__caravanSaved = {
      add: proto.add,
      put: proto.put,
      delete: proto.delete,
    };
    proto.add = refuse;
    proto.put = refuse;
    proto.delete = refuse;
  });
  const page = await browser.context.newPage();
  await page.goto(`${demoUrl()}cca-ru-gas-pipeline/`);
  const tabId = await waitForScan(browser, page);
  await expect.poll(async () => (await readReport(browser, tabId)).storeError).toMatch(/disk is full/);
  const panel = await openPanel(browser, tabId);
  await expect.poll(() => panel.getByRole('alert').innerText()).toContain('Everything stored before is safe');
  await browser.worker.evaluate(() => {
    const saved = (globalThis as Record<string, unknown>).__caravanSaved as Record<string, unknown>;
    Object.assign(IDBObjectStore.prototype, saved);
  });
  expect(await countRows('mentions')).toBe(before);
  await panel.close();
  await page.close();
});
