import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatReading } from '@/lib/popup/format-figure';
import type { FigureLinks } from '@/lib/store/link-figures';
import { PAGES_DIR } from '../../scripts/lib/demo-server';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import {
  collectErrors,
  demoUrl,
  openPanel,
  paintedFigures,
  readReport,
  startBrowser,
  waitForScan,
} from './support/extension';
import {
  accessibleNames,
  cardWidth,
  clickCardButton,
  pageHtmlWithoutCard,
  pointAtFigure,
  readCard,
} from './support/figure-card';

let browser: ExtensionBrowser;
const SLUG = 'cca-en-cku-railway';
/** "$94.8 billion": China–Central Asia trade in 2024, which two other seeded articles also report. */
const LINKED = 7;

beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openArticle(path = `${SLUG}/`): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(`${demoUrl()}${path}`);
  return { page, tabId: await waitForScan(browser, page) };
}

/** What the store links to each figure of a tab's page, asked as the panel asks. */
async function linksOf(tabId: number): Promise<FigureLinks[]> {
  const report = await readReport(browser, tabId);
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  const answer = (await panel.evaluate(
    (request) => chrome.runtime.sendMessage({ type: 'facts:links', payload: request }),
    { url: report.url, canonicalUrl: report.canonicalUrl },
  )) as { ok: true; value: FigureLinks[] };
  await panel.close();
  return answer.value;
}

const runCommand = (command: string, tabId: number) =>
  browser.worker.evaluate(
    ([name, id]) =>
      (
        globalThis as unknown as { caravanTestRunCommand: (c: string, t: { id: number }) => Promise<boolean> }
      ).caravanTestRunCommand(name as string, { id: id as number }),
    [command, tabId] as const,
  );

const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.localName ?? '');
const currentFigure = (page: Page) =>
  page.evaluate(() =>
    [...(CSS.highlights.get('caravan-current') ?? [])].map((painted) => {
      // Caravan paints static ranges: a live copy gives the text.
      const range = document.createRange();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      return range.toString();
    }),
  );

test('a click on a figure opens its card: reading, what it measures, the other reports; Escape closes it', async () => {
  const { page, tabId } = await openArticle();
  const errors = collectErrors(page);
  const before = await pageHtmlWithoutCard(page);
  const report = await readReport(browser, tabId);
  const figure = report.figures[LINKED];
  const links = (await linksOf(tabId)).find((item) => item.index === LINKED);
  expect(figure?.text).toBe('$94.8 billion');
  expect(links?.others.length).toBeGreaterThanOrEqual(2);

  const point = await pointAtFigure(page, LINKED);
  expect(point.text).toBe('$94.8 billion');
  await page.mouse.click(point.x, point.y);
  await expect.poll(() => readCard(page)).not.toBeNull();
  const card = await readCard(page);
  expect(card?.role).toBe('dialog');
  expect(card?.labelledBy).not.toBe('');
  const text = card?.texts.join('\n') ?? '';
  expect(card?.texts[0]).toBe(formatReading(figure ?? { value: 0, unit: '', approx: '' }));
  expect(text).toContain('Trade volume');
  expect(text).toContain('Central Asia');
  expect(text).toContain('2024');
  expect(text).toContain('Other reports of this fact');
  for (const other of links?.others ?? []) expect(text).toContain(other.source);
  expect(await focusedTag(page)).toBe('caravan-figure-card');
  expect(await currentFigure(page)).toEqual(['$94.8 billion']);
  // Assistive technology meets a dialog named by the reading, and buttons with names.
  const names = await accessibleNames(page);
  expect(names.dialogs).toEqual([card?.texts[0]]);
  expect(names.buttons).toEqual(expect.arrayContaining(['Close', 'Save article', 'Open in panel']));
  // The page's own DOM is exactly as it was; the card lives on one host of its own.
  expect(await pageHtmlWithoutCard(page)).toBe(before);
  expect(await page.evaluate(() => document.querySelectorAll('caravan-figure-card').length)).toBe(1);

  await page.keyboard.press('Escape');
  await expect.poll(() => readCard(page)).toBeNull();
  expect(await page.evaluate(() => document.querySelector('caravan-figure-card'))).toBeNull();
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  expect(errors).toEqual([]);
  await page.close();
});

test('a duration reads in words on its card and says what it measures', async () => {
  const { page, tabId } = await openArticle('cca-en-rail-transit-times/');
  const report = await readReport(browser, tabId);
  const index = report.figures.findIndex((figure) => figure.text === 'under 2 hours');
  expect(index).toBeGreaterThanOrEqual(0);
  const point = await pointAtFigure(page, index);
  expect(point.text).toBe('under 2 hours');
  await page.mouse.click(point.x, point.y);
  await expect.poll(() => readCard(page)).not.toBeNull();
  const card = await readCard(page);
  expect(card?.texts[0]).toBe('< 2 hours');
  expect(card?.texts.join('\n')).toContain('Clearance time');
  await page.close();
});

test('a click on plain text, beside a line, with a modifier key or with a selection opens nothing', async () => {
  const { page } = await openArticle();
  // A word of plain text in the paragraph of the first figure.
  const word = await page.evaluate(() => {
    const paragraph = [...document.querySelectorAll('p')].find((p) =>
      p.textContent?.includes('Kashgar in China'),
    );
    const node = paragraph?.firstChild as Text;
    const range = document.createRange();
    const at = node.data.indexOf('Kashgar');
    range.setStart(node, at);
    range.setEnd(node, at + 7);
    const box = range.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  await page.mouse.click(word.x, word.y);
  // Beside the end of a figure's line: the caret lands next to the figure, but the figure is not there.
  const point = await pointAtFigure(page, 0);
  const lineEnd = await page.evaluate(
    () =>
      [...document.querySelectorAll('p')]
        .find((p) => p.textContent?.includes('500 kilometres'))
        ?.getBoundingClientRect().right ?? 0,
  );
  await page.mouse.click(lineEnd - 4, point.y);
  // With a selection, a click belongs to the selection.
  await page.mouse.dblclick(word.x, word.y);
  await page.keyboard.down('Shift');
  await page.mouse.click(point.x, point.y);
  await page.keyboard.up('Shift');
  await page.waitForTimeout(300);
  expect(await readCard(page)).toBeNull();
  await page.close();
});

/**
 * The demo article with a figure inside a link, a paragraph that ends with a figure, and a sentence of page
 * text that looks like markup.
 */
async function hostileVariant(): Promise<string> {
  const source = await readFile(join(PAGES_DIR, SLUG, 'source.html'), 'utf8');
  return source
    .replace(
      'https://tianshan-times.example/cca-en-cku-railway/',
      'https://tianshan-times.example/card-variant/',
    )
    .replace(
      'at $94.8 billion.',
      'at $94.8 billion &lt;img src=x onerror="window.caravanPwned=1"&gt;&lt;b&gt;bold&lt;/b&gt;.',
    )
    .replace(
      '<p class="subhead">Why it matters</p>',
      '<p>Rail freight between China and Kyrgyzstan <a href="#freight-note">rose 12% in 2024</a>, officials said.</p>\n<p id="ends-with-figure">Kyrgyz grain shipments to China in 2024 reached 9 million tonnes</p>\n<p class="subhead">Why it matters</p>',
    );
}

/**
 * The demo article at another address, with paragraphs on the tenge's rate, a price of wheat and exports in place
 * of the one on 2024's trade: a third and fourth report of its "$94.8 billion" would change what later tests see.
 */
async function rateVariant(path: string, rate: string): Promise<string> {
  const source = await readFile(join(PAGES_DIR, SLUG, 'source.html'), 'utf8');
  const trade = /<p>The project comes as overall trade[^\n]*<\/p>/;
  expect(source).toMatch(trade);
  return source
    .replace('https://tianshan-times.example/cca-en-cku-railway/', `https://tianshan-times.example/${path}`)
    .replace(
      trade,
      `<p>In 2024 Kazakh wheat sold to China at $245 per tonne, while the tenge averaged ${rate} tenge per dollar.</p>\n<p>Kazakhstan's exports to China reached $15.2 billion in 2024.</p>`,
    );
}

test("a price, a rate and a flow of goods say what they measure; two articles' rates of the tenge are one fact", async () => {
  const open = async (path: string, rate: string) => {
    const page = await browser.context.newPage();
    const url = `${demoUrl()}${path}`;
    const body = await rateVariant(path, rate);
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
    await page.goto(url);
    await waitForScan(browser, page);
    return page;
  };
  const cardOf = async (page: Page, text: string) => {
    const index = (await paintedFigures(page)).map((figure) => figure.text).indexOf(text);
    expect(index).toBeGreaterThanOrEqual(0);
    const point = await pointAtFigure(page, index);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => readCard(page)).not.toBeNull();
    const card = (await readCard(page))?.texts.join('\n') ?? '';
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page)).toBeNull();
    return card;
  };
  const first = await open('rate-one/', '470.5');
  const second = await open('rate-two/', '470.52');
  const errors = collectErrors(second);
  const price = await cardOf(second, '$245 per tonne');
  expect(price).toContain('Price');
  expect(price).not.toContain('Other reports of this fact');
  expect(price).toContain('does not compare prices');
  expect(price).not.toContain('cannot yet tell what this figure measures');
  const rate = await cardOf(second, '470.52 tenge per dollar');
  expect(rate).toContain('Exchange rate');
  expect(rate).toContain('Kazakhstan');
  expect(rate).toContain('2024');
  expect(rate).toContain('Other reports of this fact');
  expect(rate).toContain('470.5 KZT/USD');
  // Kazakhstan's exports to China are China's imports from Kazakhstan, and the card says which way they go.
  expect(await cardOf(second, '$15.2 billion')).toContain('Imports into China');
  expect(errors).toEqual([]);
  await first.close();
  await second.close();
});

test('page text is shown as text in the card; a figure inside a link stays a link; beside a figure is not on it', async () => {
  const page = await browser.context.newPage();
  const url = `${demoUrl()}card-variant/`;
  const body = await hostileVariant();
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
  await page.goto(url);
  await waitForScan(browser, page);
  const painted = (await paintedFigures(page)).map((figure) => figure.text);
  const inLink = painted.indexOf('12%');
  expect(inLink).toBeGreaterThanOrEqual(0);
  const trade = painted.indexOf('$94.8 billion');
  const last = painted.indexOf('9 million tonnes');
  expect(last).toBeGreaterThanOrEqual(0);

  // Right of a paragraph's last line, the caret falls at the end of its closing figure; the figure is not there.
  const end = await pointAtFigure(page, last);
  const right = await page.evaluate(
    () => document.getElementById('ends-with-figure')?.getBoundingClientRect().right ?? 0,
  );
  expect(right - 4).toBeGreaterThan(end.x + 60);
  await page.mouse.click(right - 4, end.y);
  await page.waitForTimeout(300);
  expect(await readCard(page)).toBeNull();

  const link = await pointAtFigure(page, inLink);
  await page.mouse.click(link.x, link.y);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#freight-note');
  await page.waitForTimeout(300);
  expect(await readCard(page)).toBeNull();

  const point = await pointAtFigure(page, trade);
  await page.mouse.click(point.x, point.y);
  await expect.poll(() => readCard(page)).not.toBeNull();
  const card = await readCard(page);
  expect(card?.texts).toContain(
    'The project comes as overall trade between China and Central Asia keeps climbing: Chinese customs data put the total for 2024 at $94.8 billion <img src=x onerror="window.caravanPwned=1"><b>bold</b>.',
  );
  expect(card?.tags).not.toContain('img');
  expect(card?.tags).not.toContain('b');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as { caravanPwned?: number }).caravanPwned)).toBeUndefined();
  await page.close();
});

test('the next/previous figure commands move the current figure, wrap around and open its card; Enter reopens it', async () => {
  const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.commands?.['next-figure']?.suggested_key?.default).toBe('Alt+Shift+Period');
  expect(manifest.commands?.['previous-figure']?.suggested_key?.default).toBe('Alt+Shift+Comma');
  const { page, tabId } = await openArticle();
  const report = await readReport(browser, tabId);
  const last = report.figures.length - 1;
  // Focus starts on a link of the page, and returns there when the card closes.
  await page.focus('a[href="/economy/"]');

  expect(await runCommand('next-figure', tabId)).toBe(true);
  await expect.poll(() => readCard(page)).not.toBeNull();
  expect(await currentFigure(page)).toEqual([report.figures[0]?.text]);
  expect((await readCard(page))?.texts[0]).toBe(
    formatReading(report.figures[0] ?? { value: 0, unit: '', approx: '' }),
  );
  expect(await focusedTag(page)).toBe('caravan-figure-card');

  expect(await runCommand('next-figure', tabId)).toBe(true);
  await expect.poll(() => currentFigure(page)).toEqual([report.figures[1]?.text]);
  await runCommand('previous-figure', tabId);
  await runCommand('previous-figure', tabId);
  await expect.poll(() => currentFigure(page)).toEqual([report.figures[last]?.text]);
  await expect
    .poll(async () => (await readCard(page))?.texts[0])
    .toBe(formatReading(report.figures[last] ?? { value: 0, unit: '', approx: '' }));
  // The last figure's paragraph is scrolled into the window (smoothly: over a few frames).
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.querySelectorAll('caravan-figure-card').length)).toBe(1);

  await page.keyboard.press('Escape');
  await expect.poll(() => readCard(page)).toBeNull();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/economy/');

  // Enter on the current figure, with nothing else focused, opens its card again.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await readCard(page))?.texts[0])
    .toBe(formatReading(report.figures[last] ?? { value: 0, unit: '', approx: '' }));
  // A command for a page where Caravan does not run does nothing, and says so.
  const other = await browser.context.newPage();
  await other.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  expect(await runCommand('next-figure', -5)).toBe(false);
  await other.close();
  await page.close();
});

test('the card saves the article or says why it could not, and opens the fact in the panel', async () => {
  const { page } = await openArticle();
  const point = await pointAtFigure(page, LINKED);
  await page.mouse.click(point.x, point.y);
  await expect.poll(() => readCard(page)).not.toBeNull();
  await clickCardButton(page, 'Save article');
  await expect
    .poll(async () => (await readCard(page))?.texts.join('\n'))
    .toMatch(/Saved to your reading list\.|The article could not be saved: .+/);

  const opened = browser.context.waitForEvent('page');
  await clickCardButton(page, 'Open in panel');
  const panel = await opened;
  await panel.waitForLoadState();
  const url = new URL(panel.url());
  expect(url.pathname).toBe('/popup.html');
  expect(url.searchParams.get('view')).toBe('facts');
  expect(url.searchParams.get('fact')).toBe('CN-CA|trade_volume|2024|USD');
  await panel.close();
  await page.close();
});

test('"show on page" in the panel scrolls to the figure, flashes it and opens its card', async () => {
  const { page, tabId } = await openArticle();
  const report = await readReport(browser, tabId);
  await page.evaluate(() => window.scrollTo(0, 0));
  // Records every highlight name the page shows until the flash, to see it come. A message loop looks between
  // any two tasks, frames or not: each "on" of the flash lasts only one step of it.
  await page.evaluate(() => {
    const seen = new Set<string>();
    (window as unknown as { seenHighlights: Set<string> }).seenHighlights = seen;
    const loop = new MessageChannel();
    loop.port1.onmessage = () => {
      for (const name of CSS.highlights.keys()) seen.add(name);
      if (!seen.has('caravan-flash')) loop.port2.postMessage(null);
    };
    loop.port2.postMessage(null);
  });
  const panel = await openPanel(browser, tabId);
  await panel.getByRole('button', { name: `Show ${report.figures[LINKED]?.text} on the page` }).click();
  await expect.poll(() => readCard(page)).not.toBeNull();
  expect((await readCard(page))?.texts[0]).toBe(
    formatReading(report.figures[LINKED] ?? { value: 0, unit: '', approx: '' }),
  );
  await expect
    .poll(() =>
      page.evaluate(() => [...(window as unknown as { seenHighlights: Set<string> }).seenHighlights]),
    )
    .toContain('caravan-flash');
  // The page scrolls smoothly unless the reader asks for less motion: it gets there over a few frames.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  // The flash ends by itself.
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.has('caravan-flash')), { timeout: 5000 })
    .toBe(false);
  await panel.close();
  await page.close();
});

test('"Highlights on this site" turns the paint off and on again live, and the global setting is honoured', async () => {
  const { page, tabId } = await openArticle();
  const painted = await paintedFigures(page);
  expect(painted.length).toBeGreaterThan(0);
  const panel = await openPanel(browser, tabId);
  const toggle = panel.getByRole('checkbox', { name: 'Highlights on this site' });
  await expect.poll(() => toggle.isChecked()).toBe(true);

  await toggle.uncheck();
  await expect.poll(() => paintedFigures(page)).toEqual([]);
  // A click on where a figure was opens nothing while the paint is off.
  const where = await page.evaluate(() => {
    const paragraph = [...document.querySelectorAll('p')].find((p) =>
      p.textContent?.includes('$94.8 billion'),
    );
    const node = paragraph?.firstChild as Text;
    const range = document.createRange();
    range.setStart(node, node.data.indexOf('$94.8'));
    range.setEnd(node, node.data.indexOf('$94.8') + 5);
    paragraph?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const box = range.getBoundingClientRect();
    return { x: box.left + 3, y: box.top + box.height / 2 };
  });
  await page.mouse.click(where.x, where.y);
  await page.waitForTimeout(300);
  expect(await readCard(page)).toBeNull();
  // The choice is stored for this site only.
  const stored = await browser.worker.evaluate(() => chrome.storage.local.get('settings'));
  expect((stored.settings as { highlightsOffSites: string[] }).highlightsOffSites).toEqual(['127.0.0.1']);

  await toggle.check();
  await expect.poll(() => paintedFigures(page)).toEqual(painted);

  // Off everywhere from the options' setting: the page follows too, and the panel says why.
  await browser.worker.evaluate(() =>
    chrome.storage.local.set({ settings: { highlights: false, highlightsOffSites: [] } }),
  );
  await expect.poll(() => paintedFigures(page)).toEqual([]);
  await expect.poll(() => panel.getByText('Highlights are turned off on every site').count()).toBe(1);
  await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { highlights: true } }));
  await expect.poll(() => paintedFigures(page)).toEqual(painted);
  await panel.close();
  await page.close();
});

test('the card keeps its own styles on a page whose security policy forbids inline styles and scripts', async () => {
  const page = await browser.context.newPage();
  const url = `${demoUrl()}strict-policy/`;
  const body = await readFile(join(PAGES_DIR, SLUG, 'source.html'), 'utf8');
  await page.route(url, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      headers: { 'Content-Security-Policy': "default-src 'self'; style-src 'self'; script-src 'self'" },
      body,
    }),
  );
  await page.goto(url);
  await waitForScan(browser, page);
  const point = await pointAtFigure(page, LINKED);
  await page.mouse.click(point.x, point.y);
  await expect.poll(() => readCard(page)).not.toBeNull();
  // 360 px wide, as its stylesheet says: unstyled, it would be as wide as its longest line.
  expect(await cardWidth(page)).toBe(360);
  await page.close();
});
