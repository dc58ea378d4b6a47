import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { collectErrors, paintedFigures, readReport, startBrowser, waitForScan } from './support/extension';
import { infiniteScrollPage, singlePageApp } from './support/generated-pages';
import { readStoreMentions, readStoreRows } from './support/store-rows';

const SITE = 'http://127.0.0.1:9/';
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await startBrowser();
  await browser.context.route(`${SITE}**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const body = path.startsWith('/feed/')
      ? infiniteScrollPage()
      : path.startsWith('/app/')
        ? singlePageApp()
        : '';
    return route.fulfill({ status: body ? 200 : 404, contentType: 'text/html; charset=utf-8', body });
  });
});
afterAll(async () => {
  await browser?.close();
});

/** How many figure mentions the store keeps for the article at `url`. */
async function storedMentions(url: string): Promise<number> {
  const article = (await readStoreRows<{ id: number; url: string }>(browser, 'articles')).find(
    (row) => row.url === url,
  );
  if (!article) return 0;
  const mentions = await readStoreMentions(browser);
  return mentions.filter((row) => row.articleId === article.id).length;
}

test('content loaded later is scanned, painted and stored, without storing any figure twice', async () => {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${SITE}feed/`);
  const tabId = await waitForScan(browser, page);
  const first = (await readReport(browser, tabId)).figures.map((figure) => figure.text);
  expect(first).toHaveLength(4);
  for (const batch of [1, 2]) {
    await page.evaluate(() => (window as unknown as { loadMore: () => void }).loadMore());
    const expected = first.length + batch * 2;
    await expect
      .poll(async () => (await readReport(browser, tabId)).figures.length, { timeout: 15_000 })
      .toBe(expected);
  }
  const report = await readReport(browser, tabId);
  expect(report.figures.map((figure) => figure.text).slice(-4)).toEqual([
    '222 containers',
    '333 containers',
    '444 containers',
    '555 containers',
  ]);
  expect((await paintedFigures(page)).map((figure) => figure.text)).toEqual(
    report.figures.map((f) => f.text),
  );
  await expect.poll(() => storedMentions(page.url()), { timeout: 15_000 }).toBe(report.figures.length);
  expect(errors).toEqual([]);
  await page.close();
});

test('a jump to an anchor stays the same article: later content joins its record, not a second one', async () => {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${SITE}feed/?jump`);
  const tabId = await waitForScan(browser, page);
  const address = page.url();
  const first = await readReport(browser, tabId);
  await page.evaluate(() => {
    location.hash = '#latest';
    (window as unknown as { loadMore: () => void }).loadMore();
  });
  await expect
    .poll(async () => (await readReport(browser, tabId)).figures.length, { timeout: 15_000 })
    .toBe(first.figures.length + 2);
  const report = await readReport(browser, tabId);
  expect(report.url).toBe(address);
  await expect.poll(() => storedMentions(address), { timeout: 15_000 }).toBe(report.figures.length);
  const articles = await readStoreRows<{ url: string }>(browser, 'articles');
  expect(articles.filter((row) => row.url.startsWith(address))).toEqual([
    expect.objectContaining({ url: address }),
  ]);
  expect(errors).toEqual([]);
  await page.close();
});

test('a client-side navigation gets a fresh scan and report; going back gets the first one again', async () => {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${SITE}app/0`);
  const tabId = await waitForScan(browser, page);
  const first = await readReport(browser, tabId);
  expect(first.figures.length).toBeGreaterThan(0);

  await page.evaluate(() => (window as unknown as { show: (n: number) => void }).show(1));
  expect(page.url()).toBe(`${SITE}app/1`);
  expect(await waitForScan(browser, page)).toBe(tabId);
  const second = await readReport(browser, tabId);
  expect(second.title).toBe('Uzbekistan and China sign a gas deal');
  expect(second.figures.map((figure) => figure.text)).toEqual(['25 billion cubic metres', '40 percent']);
  await expect
    .poll(async () => (await paintedFigures(page)).map((figure) => figure.text))
    .toEqual(['25 billion cubic metres', '40 percent']);
  await expect.poll(() => storedMentions(`${SITE}app/1`), { timeout: 15_000 }).toBe(2);
  // The first article keeps its own record: the second did not replace it.
  expect(await storedMentions(`${SITE}app/0`)).toBe(first.figures.length);

  await page.goBack();
  expect(page.url()).toBe(`${SITE}app/0`);
  await waitForScan(browser, page);
  expect((await readReport(browser, tabId)).figures.map((f) => f.text)).toEqual(
    first.figures.map((f) => f.text),
  );
  expect(errors).toEqual([]);
  await page.close();
});
