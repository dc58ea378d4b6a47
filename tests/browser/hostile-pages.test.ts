// Hostile pages: markup and script payloads in every place a page can put text (title, meta, canonical link,
// headline, figure sentences, link hrefs, the URL), invisible and bidirectional marks inside numbers, and
// spreadsheet formulas. Nothing may run, anywhere; everything must show and be kept as the text it is.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { demoUrl, openPanel, readReport, startBrowser, waitForScan } from './support/extension';
import {
  clickEachFigure,
  parseCsv,
  payloadsThatRan,
  readStoreTables,
  runnableElements,
  watchInjectionSigns,
} from './support/injection';

const HOSTILE_DIR = resolve(import.meta.dirname, '../fixtures/hostile');

interface HostileFigure {
  text: string;
  value: number;
  unit: string;
  /** The sentence the panel shows and the store keeps, payloads and invisible marks included. */
  context: string;
}
interface HostilePage {
  title: string;
  siteName: string;
  figures: HostileFigure[];
}
const EXPECTED = JSON.parse(await readFile(join(HOSTILE_DIR, 'expected.json'), 'utf8')) as Record<
  string,
  HostilePage
>;
const SLUGS = Object.keys(EXPECTED);

/** Markup in the address too: the query string and the hash reach the report, the store and the exports. */
const URL_PAYLOAD = `?from="><img src=x onerror=(globalThis.__caravanPwned||=[]).push('url')>#<svg onload=(globalThis.__caravanPwned||=[]).push('hash')>`;

/**
 * Every extension page that shows text from pages or from the store; the reader page joins this list when it
 * lands. (The figure card lives in the news page, in a closed shadow root: the checks on the page itself open it
 * on every figure and read it through the debugger.)
 */
const EXTENSION_PAGES: { name: string; path: (tabId: number) => string }[] = [
  { name: 'panel, This page', path: (tabId) => `popup.html?tab=${tabId}` },
  { name: 'panel, Facts', path: (tabId) => `popup.html?tab=${tabId}&view=facts` },
  { name: 'panel, Reading list', path: (tabId) => `popup.html?tab=${tabId}&view=list` },
  { name: 'options page', path: () => 'options.html' },
];

/** A spreadsheet runs a cell whose first visible character is one of these, or that starts with a control. */
const FORMULA_START =
  /^[\t\r\n]|^[\s\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]*[=+\-@＝＋－＠]/;
/**
 * A cell that is a plain number ("-2.6", a falling growth rate's value column): a spreadsheet reads it as that
 * number and runs nothing, so the exporter rightly leaves it a number.
 */
const NUMBER_CELL = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

let browser: ExtensionBrowser;
let signs: string[];
const tabs = new Map<string, { page: Page; tabId: number }>();

const pageUrl = (slug: string) => `${demoUrl()}hostile/${slug}/${URL_PAYLOAD}`;
const isHostile = (url: unknown) => String(url).startsWith(`${demoUrl()}hostile/`);

beforeAll(async () => {
  browser = await startBrowser();
  signs = watchInjectionSigns(browser.context);
  // Served on the demo site's origin, where the demo build runs, without joining the demo site (or the seed).
  await browser.context.route(
    (url) => isHostile(url.href),
    async (route) => {
      const slug = new URL(route.request().url()).pathname.split('/')[2] ?? '';
      if (!SLUGS.includes(slug)) return route.fulfill({ status: 404, body: 'No such page.' });
      const body = await readFile(join(HOSTILE_DIR, `${slug}.html`), 'utf8');
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    },
  );
  for (const slug of SLUGS) {
    const page = await browser.context.newPage();
    await page.goto(pageUrl(slug));
    tabs.set(slug, { page, tabId: await waitForScan(browser, page) });
  }
});
afterAll(async () => {
  await browser?.close();
});

const tabOf = (slug: string) => {
  const tab = tabs.get(slug);
  if (!tab) throw new Error(`No tab for ${slug}`);
  return tab;
};

async function openExtensionPage(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  await page.waitForLoadState('networkidle');
  return page;
}

describe.each(SLUGS)('hostile page %s', (slug) => {
  const expected = EXPECTED[slug] as HostilePage;

  test('the report reads each figure once, through zero-width and bidirectional marks', async () => {
    const report = await readReport(browser, tabOf(slug).tabId);
    expect(report.isTopic).toBe(true);
    expect(report.storeError).toBe('');
    expect(report.figures.map(({ text, value, unit }) => ({ text, value, unit }))).toEqual(
      expected.figures.map(({ text, value, unit }) => ({ text, value, unit })),
    );
    // A javascript: or data: canonical link is no address: the page's own one is kept.
    expect(report.canonicalUrl).toBe(report.url);
  });

  test('the panel shows the headline, the figures and their sentences as the literal text they are', async () => {
    const panel = await openPanel(browser, tabOf(slug).tabId);
    expect(await panel.locator('.page-title').textContent()).toBe(expected.title);
    expect(await panel.locator('.figure-text').allTextContents()).toEqual(
      expected.figures.map((f) => f.text),
    );
    expect(await panel.locator('.figure-context').allTextContents()).toEqual(
      expected.figures.map((f) => f.context),
    );
    expect(await runnableElements(panel)).toEqual([]);
    await panel.close();
  });

  test('the store keeps the title, the sentences and the site name as text', async () => {
    const options = await openExtensionPage('options.html');
    const {
      articles = [],
      mentions = [],
      sources = [],
    } = await readStoreTables(options, ['articles', 'mentions', 'sources']);
    await options.close();
    const article = articles.find((row) => String(row.url).startsWith(`${demoUrl()}hostile/${slug}/`));
    expect(article?.title).toBe(expected.title);
    expect(article?.canonicalUrl).toBe(article?.url);
    const stored = mentions
      .filter((row) => row.articleId === article?.id)
      .sort((a, b) => Number(a.index) - Number(b.index));
    expect(stored.map((row) => [row.text, row.context])).toEqual(
      expected.figures.map((f) => [f.text, f.context]),
    );
    // All hostile pages share the demo origin's source; its name is the last page's og:site_name, verbatim.
    const siteNames = Object.values(EXPECTED).map((page) => page.siteName);
    expect(siteNames).toContain(sources.find((row) => row.site === '127.0.0.1')?.name);
  });
});

describe('nothing from a hostile page runs', () => {
  test('in the pages themselves, beyond their own script, with every figure clicked (its card opened)', async () => {
    for (const slug of SLUGS) {
      const { page } = tabOf(slug);
      expect(await clickEachFigure(page)).toBe((EXPECTED[slug] as HostilePage).figures.length);
      expect(await payloadsThatRan(page), slug).toEqual([]);
      expect(await page.evaluate(() => (globalThis as Record<string, unknown>).__pageOwnScript)).toBe('ran');
      // What could run in the page is what its own markup holds (its script, its javascript: links), no more:
      // the same file, loaded where Caravan does not run, is the measure.
      const pristine = await browser.context.newPage();
      await pristine.setContent(await readFile(join(HOSTILE_DIR, `${slug}.html`), 'utf8'));
      const own = await runnableElements(pristine);
      await pristine.close();
      expect(await runnableElements(page), slug).toEqual(own);
    }
  });

  test.each(EXTENSION_PAGES)('in the $name', async ({ path }) => {
    for (const slug of SLUGS) {
      const page = await openExtensionPage(path(tabOf(slug).tabId));
      expect(await payloadsThatRan(page), `${slug} in ${path(0)}`).toEqual([]);
      expect(await runnableElements(page), `${slug} in ${path(0)}`).toEqual([]);
      await page.close();
    }
  });

  test('in the service worker, and no context logged a payload or a refused inline script', async () => {
    expect(await payloadsThatRan(browser.worker)).toEqual([]);
    expect(signs).toEqual([]);
  });

  test('while the payloads are live: the same text parsed as HTML does run (the checks above can fail)', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(pageUrl(SLUGS[0] as string));
      await page.evaluate(() => {
        const probe = document.createElement('div');
        probe.innerHTML = document.querySelector('h1')?.textContent ?? '';
        document.body.append(probe);
      });
      await expect.poll(() => payloadsThatRan(page)).toContain('headline');
      expect(await runnableElements(page)).toContain('img[onerror]');
      // The console watch saw it too (its message comes a moment later).
      await expect.poll(() => signs.some((sign) => sign.includes('caravan-pwned headline'))).toBe(true);
    } finally {
      // Cleared, pass or fail, so the checks after this one start clean.
      signs.length = 0;
      await page.close();
    }
  });
});

describe('exports of a store holding hostile pages', () => {
  async function download(buttonName: string): Promise<string> {
    const options = await openExtensionPage('options.html');
    const [file] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: buttonName }).click(),
    ]);
    const text = await readFile((await file.path()) as string, 'utf8');
    await options.close();
    return text;
  }

  test('the CSV neutralizes every cell a spreadsheet would run, and changes no other', async () => {
    const [header, ...rows] = parseCsv(await download('Export figures (CSV)'));
    const column = (name: string) => header?.indexOf(name) ?? -1;
    for (const row of rows) {
      for (const cell of row) if (!NUMBER_CELL.test(cell)) expect(FORMULA_START.test(cell), cell).toBe(false);
    }
    for (const slug of SLUGS) {
      const own = rows.filter(
        (row) => isHostile(row[column('article_url')]) && row[column('article_url')]?.includes(slug),
      );
      const sentences = (EXPECTED[slug] as HostilePage).figures.map((f) =>
        FORMULA_START.test(f.context) ? `'${f.context}` : f.context,
      );
      expect(own.map((row) => row[column('sentence')])).toEqual(sentences);
      expect(own.map((row) => row[column('article_title')])).toEqual(
        sentences.map(() => (EXPECTED[slug] as HostilePage).title),
      );
    }
  });

  test('the JSON keeps the text exactly, and importing it back runs nothing and changes nothing', async () => {
    const json = await download('Export everything (JSON)');
    const data = JSON.parse(json) as {
      tables: { articles: Record<string, unknown>[]; mentions: Record<string, unknown>[] };
    };
    for (const slug of SLUGS) {
      const article = data.tables.articles.find((row) => String(row.url).includes(`/hostile/${slug}/`));
      expect(article?.title).toBe((EXPECTED[slug] as HostilePage).title);
      const contexts = data.tables.mentions
        .filter((row) => row.articleId === article?.id)
        .map((row) => row.context);
      expect(contexts).toEqual((EXPECTED[slug] as HostilePage).figures.map((f) => f.context));
    }
    const options = await openExtensionPage('options.html');
    const before = await readStoreTables(options, ['articles', 'mentions']);
    await options
      .locator('input[type=file]')
      .setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await expect.poll(() => options.getByRole('status').textContent()).toMatch(/^Imported \d+ figures/);
    const after = await readStoreTables(options, ['articles', 'mentions']);
    expect(after.articles?.length).toBe(before.articles?.length);
    expect(after.mentions?.length).toBe(before.mentions?.length);
    expect(await payloadsThatRan(options)).toEqual([]);
    expect(await runnableElements(options)).toEqual([]);
    await options.close();
    expect(signs).toEqual([]);
  });
});
