import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { StoreStats } from '@/lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import demoFacts from '@/lib/store/demo-facts.json';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import {
  accessibilityViolations,
  demoUrl,
  paintedFigures,
  readReport,
  startBrowser,
  waitForScan,
} from './support/extension';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});
// Each test starts from the default settings, whatever switch a failed test before it left off.
beforeEach(async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.evaluate(`chrome.storage.local.set(${JSON.stringify({ settings: DEFAULT_SETTINGS })})`);
  await page.close();
});

const extensionPage = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;
const SCHEMES = ['light', 'dark'] as const;

/** The panel's Facts view, once it shows results or a state. */
async function openFacts(fact = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(extensionPage(`popup.html?view=facts${fact ? `&fact=${encodeURIComponent(fact)}` : ''}`));
  // A new profile's store is seeded with the demo articles just after install.
  await expect.poll(() => page.locator('.fact-series').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  return page;
}

/** The results once they answer `query` and no other search runs (results stay shown meanwhile, marked busy). */
const resultsFor = (page: Page, query: string) =>
  page.locator(`.facts-results[aria-busy="false"][data-query=${JSON.stringify(query.trim())}]`);

/**
 * Types a search and waits until its results replace the previous ones. It waits for the answer to that query,
 * not for the busy mark to come and go: a quick answer could come and go between two looks.
 */
async function search(page: Page, query: string, expected = ''): Promise<void> {
  await page.fill('#fact-query', query);
  await resultsFor(page, query).waitFor({ timeout: 10_000 });
  if (expected) await page.locator(`.fact-series[data-series="${expected}"]`).waitFor();
}

/** The periods a series' table lists, one per report. */
const periodsOf = (page: Page, series: string) =>
  page.locator(`.fact-series[data-series="${series}"] tbody th`).allInnerTexts();

/** Sends the background one message from an extension page, and returns its answer's value. */
async function askBackground<T>(type: string): Promise<T> {
  const page = await browser.context.newPage();
  await page.goto(extensionPage('options.html'));
  const answer = (await page.evaluate(`chrome.runtime.sendMessage({ type: ${JSON.stringify(type)} })`)) as {
    value: T;
  };
  await page.close();
  return answer.value;
}

/** How much the store holds. */
const storeStats = () => askBackground<StoreStats>('store:stats');

/** The options page, with its switches shown. */
async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(extensionPage('options.html'));
  await page.locator('input[name=highlights]').waitFor();
  return page;
}

/** The settings as stored, read from an extension page (strings: the `chrome` types here lack storage). */
const storedSettings = async (page: Page) =>
  (await page.evaluate("chrome.storage.local.get('settings').then((stored) => stored.settings)")) as
    | Settings
    | undefined;

/** Flips a switch on the options page and waits until the setting is stored. */
async function setOption(
  page: Page,
  selector: string,
  on: boolean,
  isStored: (settings: Settings) => boolean,
): Promise<void> {
  await page.locator(selector).setChecked(on);
  await expect.poll(async () => isStored((await storedSettings(page)) ?? DEFAULT_SETTINGS)).toBe(true);
}

/** Opens a demo article and returns its tab id once the content script has scanned it. */
async function readArticle(slug: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(`${demoUrl()}${slug}/`);
  return { page, tabId: await waitForScan(browser, page) };
}

describe('the Facts view', () => {
  test.each(['Kazakhstan trade', '哈萨克斯坦', 'Казахстан'])(
    'a search for "%s" finds China–Kazakhstan trade, grouped under its subject',
    async (query) => {
      const page = await openFacts();
      await search(page, query, 'CN-KZ|trade_volume|USD');
      // 2024's total is reported by two demo articles, a brief and a freight report, one row each.
      expect(await periodsOf(page, 'CN-KZ|trade_volume|USD')).toEqual([
        '2023',
        '2024',
        '2024',
        '2025 M1–M10',
      ]);
      const series = await page
        .locator('.fact-series')
        .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.series ?? ''));
      expect(series.every((id) => id.startsWith('CN-KZ|'))).toBe(true);
      // One subject heading, holding every series found.
      expect(await page.locator('.fact-subject').count()).toBe(1);
      expect(await page.locator('.fact-subject h2').innerText()).toMatch(/Kazakhstan/);
      await page.close();
    },
  );

  test('each point of the chart links to its source sentence, in a new tab', async () => {
    const page = await openFacts();
    await search(page, 'China Central Asia trade 2024', 'CN-CA|trade_volume|USD');
    const chart = page.locator('.fact-series[data-series="CN-CA|trade_volume|USD"] .fact-chart');
    expect(await chart.locator('title').first().textContent()).toMatch(/Trade/);
    const links = await chart
      .locator('.chart-focused a, .chart-period a')
      .evaluateAll((nodes) => nodes.map((node) => [node.getAttribute('href'), node.getAttribute('target')]));
    const stored = demoFacts.tables.mentions
      .filter((mention) => mention.factKey === 'CN-CA|trade_volume|2024|USD')
      .map((mention) => mention.fragment);
    expect(stored).toHaveLength(3);
    for (const fragment of stored) expect(links).toContainEqual([fragment, '_blank']);
    expect(stored.every((fragment) => fragment.includes('#:~:text='))).toBe(true);
    await page.close();
  });

  test('?fact= opens the view on that fact, marked in its series; "Show all facts" leaves it', async () => {
    const page = await openFacts('CN-CA|trade_volume|2024|USD');
    expect(await page.locator('.fact-series').count()).toBe(1);
    const focused = page.locator('tr.fact-focused');
    expect(await focused.count()).toBe(3);
    expect(await focused.first().getAttribute('aria-current')).toBe('true');
    expect(await focused.locator('th').allInnerTexts()).toEqual(
      Array(3).fill(expect.stringMatching(/^2024/)),
    );
    expect(await page.locator('.chart-focused a').count()).toBe(3);
    await page.getByRole('button', { name: 'Show all facts' }).click();
    await expect.poll(() => page.locator('.fact-series').count()).toBeGreaterThan(1);
    await page.close();
  });

  test('reports that disagree are marked in the table and the chart', async () => {
    const page = await openFacts();
    await search(page, '中亚 出口 增长', 'CA|growth:exports|percent');
    const series = page.locator('.fact-series[data-series="CA|growth:exports|percent"]');
    expect(await series.locator('.differ-mark').count()).toBe(2);
    expect(await series.locator('.chart-point-differ').count()).toBe(2);
    await page.close();
  });

  test('nothing found says so', async () => {
    const page = await openFacts();
    await page.fill('#fact-query', 'zzzz-nowhere');
    await page.locator('.status-title', { hasText: 'zzzz-nowhere' }).waitFor();
    await page.close();
  });

  test.each(SCHEMES)(
    'results, a focused fact and nothing found pass axe-core in the %s theme',
    async (scheme) => {
      for (const fact of ['', 'CN-CA|trade_volume|2024|USD']) {
        const page = await openFacts(fact);
        await page.emulateMedia({ colorScheme: scheme });
        expect(await accessibilityViolations(page)).toEqual([]);
        if (!fact) {
          await page.fill('#fact-query', 'zzzz-nowhere');
          await page.locator('.status-title', { hasText: 'zzzz-nowhere' }).waitFor();
          expect(await accessibilityViolations(page)).toEqual([]);
        }
        await page.close();
      }
    },
  );

  test('the search, the chart points and the sources are reached by keyboard alone', async () => {
    const page = await openFacts();
    await page.focus('#fact-query');
    await page.keyboard.type('Kazakhstan trade');
    await resultsFor(page, 'Kazakhstan trade').waitFor();
    await page.locator('.fact-series[data-series="CN-KZ|trade_volume|USD"]').waitFor();
    const reached = new Set<string>();
    for (let step = 0; step < 12; step++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.closest('svg, table')?.tagName ?? ''));
    }
    expect(reached).toContain('svg');
    expect(reached).toContain('TABLE');
    await page.close();
  });
});

describe('the options change what Caravan does on a real page', () => {
  test.each(SCHEMES)('the options page passes axe-core in the %s theme', async (scheme) => {
    const page = await openOptions();
    await page.emulateMedia({ colorScheme: scheme });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  test('highlights off: an article is not painted; back on, it is', async () => {
    const options = await openOptions();
    await setOption(options, 'input[name=highlights]', false, (stored) => !stored.highlights);
    const off = await readArticle('cca-en-cku-railway');
    expect(await paintedFigures(off.page)).toEqual([]);
    expect((await readReport(browser, off.tabId)).isTopic).toBe(true);
    await off.page.close();
    await setOption(options, 'input[name=highlights]', true, (stored) => stored.highlights);
    const on = await readArticle('cca-en-cku-railway');
    expect((await paintedFigures(on.page)).length).toBeGreaterThan(0);
    await on.page.close();
    await options.close();
  });

  test('a site with highlights off is listed, and can be turned back on', async () => {
    const OFF_SITE: Settings = {
      highlights: true,
      highlightsOffSites: ['kz.example'],
      autoCollect: true,
      languages: ['zh', 'en', 'ru'],
    };
    const options = await openOptions();
    await options.evaluate(`chrome.storage.local.set(${JSON.stringify({ settings: OFF_SITE })})`);
    const turnOn = options.getByRole('button', { name: /kz\.example/ });
    await turnOn.focus();
    await options.keyboard.press('Enter');
    await expect.poll(async () => (await storedSettings(options))?.highlightsOffSites).toEqual([]);
    await options.close();
  });

  test('Russian turned off: a Russian article is left alone', async () => {
    const options = await openOptions();
    await setOption(
      options,
      'input[name=languages][value=ru]',
      false,
      (stored) => !stored.languages.includes('ru'),
    );
    const russian = await readArticle('cca-ru-kyrgyzstan-torugart');
    const report = await readReport(browser, russian.tabId);
    expect(report.isTopic).toBe(false);
    expect(report.figures).toEqual([]);
    expect(await paintedFigures(russian.page)).toEqual([]);
    await russian.page.close();
    await setOption(options, 'input[name=languages][value=ru]', true, (stored) =>
      stored.languages.includes('ru'),
    );
    const again = await readArticle('cca-ru-kyrgyzstan-torugart');
    expect((await readReport(browser, again.tabId)).isTopic).toBe(true);
    await again.page.close();
    await options.close();
  });

  test('clearing the store asks first, and then empties it', async () => {
    const before = await storeStats();
    expect(before.articles).toBeGreaterThan(0);
    const options = await openOptions();
    // By keyboard: the question takes focus on its safe answer, and "Cancel" gives it back to the button.
    await options.getByRole('button', { name: 'Clear the store…' }).focus();
    await options.keyboard.press('Enter');
    await options.locator('legend', { hasText: `${before.mentions} figures` }).waitFor();
    const focused = () => options.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await focused()).toBe('Cancel');
    await options.keyboard.press('Enter');
    await expect.poll(focused).toBe('Clear the store…');
    expect(await storeStats()).toEqual(before);
    await options.getByRole('button', { name: 'Clear the store…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await options.getByRole('status').filter({ hasText: 'The store is empty.' }).waitFor();
    expect(await storeStats()).toEqual({ articles: 0, mentions: 0 });
    await options.close();
    const facts = await browser.context.newPage();
    await facts.goto(extensionPage('popup.html?view=facts'));
    await facts.locator('.status-title', { hasText: 'The fact store is empty.' }).waitFor();
    for (const scheme of SCHEMES) {
      await facts.emulateMedia({ colorScheme: scheme });
      expect(await accessibilityViolations(facts)).toEqual([]);
    }
    await facts.close();
  });

  test('collecting off: reading an article adds nothing to the store; on again, it does', async () => {
    // From an empty store, whatever the tests before left in it.
    await askBackground('store:clear');
    const options = await openOptions();
    const start = await storeStats();
    expect(start.articles).toBe(0);
    await setOption(options, 'input[name=autoCollect]', false, (stored) => !stored.autoCollect);
    const off = await readArticle('cca-en-cku-railway');
    // The page still gets its highlights.
    expect((await paintedFigures(off.page)).length).toBeGreaterThan(0);
    await off.page.close();
    await setOption(options, 'input[name=autoCollect]', true, (stored) => stored.autoCollect);
    const on = await readArticle('cca-zh-trade-2025-100bn');
    await expect.poll(async () => (await storeStats()).articles).toBe(start.articles + 1);
    // Only the article read with collecting on is in the store: the other was never sent.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await storeStats()).articles).toBe(start.articles + 1);
    await on.page.close();
    await options.close();
  });
});

test('a chart point opens the article it came from at the figure (a text-fragment link)', async () => {
  const article = await readArticle('cca-zh-trade-2025-100bn');
  await expect.poll(async () => (await storeStats()).articles).toBeGreaterThan(0);
  await article.page.close();
  const facts = await openFacts();
  const point = facts.locator(`.fact-chart a[href^="${demoUrl()}cca-zh-trade-2025-100bn/"]`).first();
  const href = (await point.getAttribute('href')) ?? '';
  expect(href).toContain('#:~:text=');
  const [opened] = await Promise.all([browser.context.waitForEvent('page'), point.click()]);
  await opened.waitForLoadState();
  // Pages never see a text fragment's directive; the address up to it is the article's.
  expect(opened.url().split('#')[0]).toBe(href.split('#')[0]);
  // The article opened is read by Caravan like any other: its figures are painted again.
  await expect.poll(async () => (await paintedFigures(opened)).length).toBeGreaterThan(0);
  await opened.close();
  await facts.close();
});
