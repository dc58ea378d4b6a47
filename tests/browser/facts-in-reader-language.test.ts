import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PAGES_DIR } from '../../scripts/lib/demo-server';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/launch-browser';
import { collectErrors, demoUrl, waitForScan } from './support/extension';
import { cardLinesOf } from './support/figure-card';

// The Facts view as a reader whose browser speaks Chinese sees it: every part of a series' name in words of
// that language, an exchange rate's pair included.

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ headless: true, language: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
});

/** A demo article at another address, with a sentence on the tenge's rate in 2024. */
async function articleWithRate(path: string): Promise<string> {
  const source = await readFile(join(PAGES_DIR, 'cca-en-cku-railway', 'source.html'), 'utf8');
  return source
    .replace('https://tianshan-times.example/cca-en-cku-railway/', `https://tianshan-times.example/${path}`)
    .replace(
      '<p class="subhead">Why it matters</p>',
      '<p>In 2024 the tenge averaged 470.5 tenge per dollar.</p>\n<p class="subhead">Why it matters</p>',
    );
}

test("a series' unit is named in the reader's language, never as a code", async () => {
  const article = await browser.context.newPage();
  const url = `${demoUrl()}rate-in-chinese/`;
  const body = await articleWithRate('rate-in-chinese/');
  await article.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
  await article.goto(url);
  await waitForScan(browser, article);

  const facts = await browser.context.newPage();
  const errors = collectErrors(facts);
  await facts.goto(`chrome-extension://${browser.extensionId}/popup.html?view=facts`);
  await expect.poll(() => facts.locator('.series-title').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  const titles = await facts.locator('.series-title').allInnerTexts();
  // The seeded demo store has shares and growth rates in percent, and counts of companies.
  expect(titles.some((title) => title.includes('(百分比)'))).toBe(true);
  for (const title of titles) expect(title).not.toMatch(/\((?:percent|count|teu|mass|ratio)\)/);

  await facts.fill('#fact-query', '哈萨克斯坦 汇率');
  const rate = facts.locator('.fact-series[data-series="KZ|exchange_rate|KZT/USD"] .series-title');
  await expect.poll(() => rate.count(), { timeout: 10_000 }).toBe(1);
  expect(await rate.innerText()).toBe('哈萨克斯坦 · 汇率 (每美元合哈萨克斯坦坚戈)');
  // A rate's chart is drawn around its values, not from zero, where 470.5 would sit at the top of a flat line.
  const axis = await facts
    .locator('.fact-series[data-series="KZ|exchange_rate|KZT/USD"] .fact-chart text.chart-label')
    .allTextContents();
  const levels = axis.filter((label) => label.endsWith('KZT/USD')).map((label) => Number.parseFloat(label));
  expect(levels).toHaveLength(2);
  expect(Math.min(...levels)).toBeGreaterThan(400);
  expect(Math.max(...levels)).toBeGreaterThan(470.5);
  expect(errors).toEqual([]);
  await article.close();
  await facts.close();
});

test("a length of time reads in the reader's language on the figure card", async () => {
  const article = await browser.context.newPage();
  const errors = collectErrors(article);
  await article.goto(`${demoUrl()}cca-en-rail-transit-times/`);
  await waitForScan(browser, article);
  expect((await cardLinesOf(article, '11 days'))[0]).toBe('11天');
  expect((await cardLinesOf(article, 'under 2 hours'))[0]).toBe('< 2小时');
  expect((await cardLinesOf(article, '18 months'))[0]).toBe('18个月');
  expect(errors).toEqual([]);
  await article.close();
});
