import { afterAll, beforeAll, expect, test } from 'vitest';
import { listDemoPages } from '../../scripts/lib/demo-server';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import {
  demoUrl,
  openPanel,
  paintedFigures,
  readReport,
  startBrowser,
  waitForScan,
} from './support/extension';
import { tradeParagraph } from './support/generated-pages';

let browser: ExtensionBrowser;
const article = (await listDemoPages()).find((page) => page.topic && page.lang === 'en');

beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('the panel lists the figures of the page in reading order, as painted', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${demoUrl()}${article?.slug}/`);
  const tabId = await waitForScan(browser, page);
  const painted = await paintedFigures(page);
  expect(painted.length).toBeGreaterThan(0);
  const panel = await openPanel(browser, tabId);
  await expect.poll(() => panel.locator('.verdict-title').innerText()).toBe('China–Central Asia article');
  const listed = await panel.locator('.figure-text').allInnerTexts();
  expect(listed).toEqual(painted.map((figure) => figure.text));
  await panel.close();
  await page.close();
});

test('a long report lists its first 200 figures at once, and "Show more" goes on in reading order to the last', async () => {
  const page = await browser.context.newPage();
  const url = `${demoUrl()}generated-long-report/`;
  const paragraphs = Array.from({ length: 260 }, (_, n) => `<p>${tradeParagraph(n)}</p>`).join('');
  const body = `<!doctype html><html lang="en"><head><title>China–Kazakhstan freight by quarter</title></head><body><article><h1>China–Kazakhstan freight by quarter</h1>${paragraphs}</article></body></html>`;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
  await page.goto(url);
  const tabId = await waitForScan(browser, page);
  const painted = (await paintedFigures(page)).map((figure) => figure.text);
  expect(painted).toHaveLength(520);
  const panel = await openPanel(browser, tabId);
  await expect.poll(() => panel.locator('#figures-title').innerText()).toBe('520 figures on this page');
  const listed = () => panel.locator('.figure-text').allInnerTexts();
  expect(await listed()).toEqual(painted.slice(0, 200));
  await panel.getByRole('button', { name: 'Show more (320 left)' }).click();
  await expect.poll(listed).toEqual(painted.slice(0, 400));
  // By keyboard: the last "Show more" goes away, and focus lands on the first figure it showed.
  await panel.getByRole('button', { name: 'Show more (120 left)' }).focus();
  await panel.keyboard.press('Enter');
  await expect.poll(listed).toEqual(painted);
  expect(await panel.locator('.list-more').count()).toBe(0);
  expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe(painted[400]);
  await panel.close();
  await page.close();
});

test('an article read is recorded in IndexedDB in the extension origin, never in the news site', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${demoUrl()}${article?.slug}/`);
  const tabId = await waitForScan(browser, page);
  const painted = await paintedFigures(page);
  const panel = await openPanel(browser, tabId);
  const { canonicalUrl } = await readReport(browser, tabId);
  const stored = await panel.evaluate(async (url) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('caravan');
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = <T>(store: string, run: (s: IDBObjectStore) => IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        const request = run(db.transaction(store).objectStore(store));
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    // The demo article is in the store from the first run, under its canonical address.
    const articleRow = await read<{ id: number; title: string } | undefined>('articles', (s) =>
      s.index('canonicalUrl').get(url),
    );
    // Its figures are one row, keyed by the article's id.
    const figures = articleRow
      ? await read<{ figures: { text: string }[] } | undefined>('articleFigures', (s) => s.get(articleRow.id))
      : undefined;
    const mentions = figures?.figures ?? [];
    db.close();
    return { title: articleRow?.title, mentions: mentions.map((m) => m.text) };
  }, canonicalUrl);
  expect(stored.title).toBe(article?.title);
  expect(stored.mentions.sort()).toEqual(painted.map((figure) => figure.text).sort());
  await expect
    .poll(() => panel.locator('.panel-footer').innerText())
    .toMatch(/Fact store: \d+ figures from \d+ articles/);
  const siteDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
  expect(siteDatabases).not.toContain('caravan');
  await panel.close();
  await page.close();
});

test('a page of 5 MB of text with no article costs nothing visible, and the panel says so', async () => {
  const page = await browser.context.newPage();
  const url = `${demoUrl()}generated-5mb/`;
  const paragraph =
    '<p>Lorem ipsum dolor sit amet, 2024 consectetur adipiscing elit, sed do eiusmod tempor 42 incididunt.</p>';
  const body = `<!doctype html><html lang="la"><head><title>Big</title></head><body>${paragraph.repeat(Math.ceil(5_000_000 / paragraph.length))}</body></html>`;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
  await page.goto(url);
  const tabId = await waitForScan(browser, page);
  expect(await paintedFigures(page)).toEqual([]);
  const panel = await openPanel(browser, tabId);
  await expect.poll(() => panel.locator('main').innerText()).toMatch(/Nothing here/);
  await panel.close();
  await page.close();
});

test('the manifest asks for no host permission and runs only on the listed news sites and the demo site', async () => {
  const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.permissions?.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
  expect(manifest.host_permissions ?? []).toEqual([]);
  const matches = manifest.content_scripts?.flatMap((script) => script.matches ?? []) ?? [];
  expect(matches).not.toContain('<all_urls>');
  expect(matches.every((pattern) => !pattern.startsWith('*://*/') && !pattern.startsWith('http://*/'))).toBe(
    true,
  );
  expect(matches).toContain('http://127.0.0.1/*');
});

test('the toolbar badge counts the figures of an article, and is empty once the tab shows another page', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${demoUrl()}${article?.slug}/`);
  const tabId = await waitForScan(browser, page);
  const figures = (await readReport(browser, tabId)).figures.length;
  const badge = () => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  await expect.poll(badge).toBe(String(figures));
  await page.goto(`${demoUrl()}lookalike-china-asean-trade/`);
  await waitForScan(browser, page);
  await expect.poll(badge).toBe('');
  await page.close();
});
