import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PAGES_DIR } from '../../scripts/lib/demo-server';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { collectErrors, openServedPage, startBrowser } from './support/extension';
import { cardLinesOf } from './support/figure-card';
import { armServiceWorkerStop } from './support/service-worker';
import { readStoreMentions, readStoreRows } from './support/store-rows';

let browser: ExtensionBrowser;
const SLUG = 'cca-en-cku-railway';
const FACT = 'CN-UZ|growth:trade_volume|2025|percent';

beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The demo article at another address, its paragraph on 2024's trade replaced by one sentence on how China's
 * trade with Uzbekistan changed in 2025: a third report of its "$94.8 billion" would change what others see.
 */
async function openVariant(path: string, paragraph: string): Promise<Page> {
  const source = await readFile(join(PAGES_DIR, SLUG, 'source.html'), 'utf8');
  const trade = /<p>The project comes as overall trade[^\n]*<\/p>/;
  expect(source).toMatch(trade);
  const body = source
    .replace(`https://tianshan-times.example/${SLUG}/`, `https://tianshan-times.example/${path}`)
    .replace(trade, `<p>${paragraph}</p>`);
  return openServedPage(browser, path, body);
}

const RISE = [
  'uzbek-trade-rise/',
  'Trade between China and Uzbekistan rose 4.2% in 2025, according to a ministry in Tashkent.',
] as const;
const FALL = [
  'uzbek-trade-fall/',
  'Trade between China and Uzbekistan fell 4.2% in 2025, according to Chinese customs data.',
] as const;

test('the card of a fall reads −4.2 %, says it is a fall, and differs from a rise of the same size', async () => {
  const rise = await openVariant(...RISE);
  const fall = await openVariant(...FALL);
  const errors = collectErrors(fall);
  const card = await cardLinesOf(fall, '4.2%');
  expect(card[0]).toBe('\u22124.2 %');
  expect(card).toContain('Trade volume: a fall');
  expect(card).toContain('Other reports of this fact');
  // The rise is listed with its own reading, and differs.
  const report = card.findIndex((text) => text.includes('4.2 %') && !text.startsWith('\u2212'));
  expect(report).toBeGreaterThan(0);
  expect(card.slice(report)).toContain('differs');
  expect(card).not.toContain('agrees');

  // The rise's card says the same from its side: its reading stays positive, and the fall differs.
  const other = await cardLinesOf(rise, '4.2%');
  expect(other[0]).toBe('4.2 %');
  expect(other).toContain('Trade volume: growth');
  expect(other.some((text) => text.includes('\u22124.2 %'))).toBe(true);
  expect(other).toContain('differs');
  expect(errors).toEqual([]);

  // The Facts view lists the fall with its signed reading and marks the two reports as differing.
  const panel = await browser.context.newPage();
  await panel.goto(
    `chrome-extension://${browser.extensionId}/popup.html?view=facts&fact=${encodeURIComponent(FACT)}`,
  );
  const cells = panel.locator(`tr[data-fact="${FACT}"] td.fact-value`);
  await expect.poll(() => cells.count(), { timeout: 20_000 }).toBe(2);
  expect((await cells.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim()).sort()).toEqual([
    '4.2% (\u22124.2 %) differs from another report',
    '4.2% differs from another report',
  ]);
  // Drawn around zero: the chart's dashed zero line stands between the two points.
  expect(await panel.locator('.chart-zero').count()).toBe(1);
  await panel.close();
  await rise.close();
  await fall.close();
});

/**
 * Rewrites the extension's store as schema version 7 kept it, in the store's own origin with the service worker
 * stopped: every object store, index and row copied into a database of IndexedDB version 70 (Dexie's 7), with
 * each stored fall of `text` written positive, as before falls were signed.
 */
async function rewriteAsVersion7(text: string): Promise<void> {
  await (await armServiceWorkerStop(browser))();
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.evaluate(async (figureText) => {
    const request = <T>(made: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        made.onsuccess = () => resolve(made.result);
        made.onerror = () => reject(made.error);
      });
    const old = await request(indexedDB.open('caravan'));
    const stores = await Promise.all(
      [...old.objectStoreNames].map(async (name) => {
        const store = old.transaction(name).objectStore(name);
        const indexes = [...store.indexNames].map((index) => {
          const { keyPath, unique, multiEntry } = store.index(index);
          return { index, keyPath, unique, multiEntry };
        });
        const rows = await request(store.getAll());
        return { name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes, rows };
      }),
    );
    old.close();
    await request(indexedDB.deleteDatabase('caravan'));
    const unsign = (item: { text?: string; value?: number }) => {
      if (item.text === figureText && typeof item.value === 'number') item.value = Math.abs(item.value);
    };
    for (const store of stores)
      for (const row of store.rows as { figures?: object[]; reports?: object[] }[])
        for (const item of [...(row.figures ?? []), ...(row.reports ?? [])]) unsign(item);
    const open = indexedDB.open('caravan', 70);
    open.onupgradeneeded = () => {
      for (const store of stores) {
        const made = open.result.createObjectStore(store.name, {
          keyPath: store.keyPath,
          autoIncrement: store.autoIncrement,
        });
        for (const { index, keyPath, unique, multiEntry } of store.indexes)
          made.createIndex(index, keyPath, { unique, multiEntry });
        for (const row of store.rows) made.add(row);
      }
    };
    (await request(open)).close();
  }, text);
  await page.close();
}

test('a store kept from before falls were signed has them signed when the extension next opens it', async () => {
  const valuesOf4_2 = async () => {
    const figures = (await readStoreMentions<{ text: string; value: number }>(browser))
      .filter((figure) => figure.text === '4.2%')
      .map((figure) => figure.value);
    const reports = (
      await readStoreRows<{ key: string; reports: { value: number }[] }>(browser, 'factReports')
    )
      .filter((row) => row.key === FACT)
      .flatMap((row) => row.reports.map((report) => report.value));
    return [...figures.sort(), '|', ...reports.sort()];
  };
  // The rise and the fall, stored again (each replaces its earlier copy), so this test does not lean on the one before.
  for (const [path, paragraph] of [RISE, FALL]) await (await openVariant(path, paragraph)).close();
  await expect.poll(valuesOf4_2).toEqual([-4.2, 4.2, '|', -4.2, 4.2]);
  await rewriteAsVersion7('4.2%');
  expect(await valuesOf4_2()).toEqual([4.2, 4.2, '|', 4.2, 4.2]);

  // Waking the worker opens the store at its newest version: the upgrade reads each growth's sentence again.
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.evaluate("chrome.runtime.sendMessage({ type: 'store:stats' })");
  await page.close();
  expect(await valuesOf4_2()).toEqual([-4.2, 4.2, '|', -4.2, 4.2]);
});
