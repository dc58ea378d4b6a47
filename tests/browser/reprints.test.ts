import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { openServedPage, startBrowser } from './support/extension';
import { cardLinesOf } from './support/figure-card';
import { type ArticleVariant, articlePage, DISPATCH_LEAD } from './support/reprint-pages';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Serves a variant at its own address of the demo site, opens it and waits for its scan to be stored. */
// Every address is on the demo site (the content script runs on news sites and 127.0.0.1 only): one site, whose
// outlet name is the last page's; what tells the copies apart is their text and titles, as on the web.
async function open(path: string, variant: ArticleVariant): Promise<Page> {
  return openServedPage(browser, path, articlePage(variant));
}

/** The card of the figure printed as `text`, as lines of text, once its other reports are linked. */
function cardOf(page: Page, text: string): Promise<string[]> {
  return cardLinesOf(page, text, /No other article|not counted|agrees|differs/);
}

const wire: ArticleVariant = {
  outlet: 'Pamir Wire',
  title: 'China–Tajikistan trade climbs in first nine months',
  date: '2025-10-21',
  lead: DISPATCH_LEAD,
};
const portal: ArticleVariant = {
  outlet: 'Dushanbe Portal',
  title: 'Trade with China grows for Tajikistan',
  date: '2025-10-22',
  lead: DISPATCH_LEAD,
  credit: 'Source: Pamir Wire',
};
const ownReport: ArticleVariant = {
  outlet: 'Steppe Ledger',
  title: "Tajikistan's customs tally of trade with China",
  date: '2025-10-28',
  lead: "Customs figures for January to September put China–Tajikistan trade at $3.12 billion, roughly a third of Tajikistan's foreign trade, according to data we reviewed this week.",
};

test('the open Facts view shows a fact as soon as a page read in another tab reports it, without a reload', async () => {
  const key = 'CN-TJ|trade_volume|2025 M1–M9|USD';
  const facts = await browser.context.newPage();
  await facts.goto(
    `chrome-extension://${browser.extensionId}/popup.html?view=facts&fact=${encodeURIComponent(key)}`,
  );
  await expect.poll(() => facts.locator('.facts-results').innerText()).toContain('no longer in the store');
  const article = await open('reprint-wire/', wire);
  await expect
    .poll(() => facts.locator(`.fact-row[data-fact="${key}"]`).allInnerTexts(), { timeout: 10_000 })
    .toEqual([expect.stringContaining('$3.12 billion')]);
  await article.close();
  await facts.close();
});

test('two copies of one article are not agreeing sources; a report of its own still agrees', async () => {
  const first = await open('reprint-wire/', wire);
  const copy = await open('reprint-portal/', portal);
  const copyCard = (await cardOf(copy, '$3.12 billion')).join('\n');
  // The wire's article is listed, as the same text, and nothing says that another source agrees.
  expect(copyCard).toContain('Other reports of this fact');
  expect(copyCard).toContain('same text as this page, not counted');
  expect(copyCard).toContain('Same text reprinted, not counted as another source');
  expect(copyCard).not.toMatch(/\bagrees?\b/);

  const second = await open('reprint-ledger/', ownReport);
  const ledgerCard = (await cardOf(second, '$3.12 billion')).join('\n');
  expect(ledgerCard).toContain('Another article reports the same and agrees');
  expect(ledgerCard).toMatch(/reprint of .+, not counted/);
  expect(ledgerCard).not.toContain('2 other reports agree');
  await first.close();
  await copy.close();
  await second.close();
});
