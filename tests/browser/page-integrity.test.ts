import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listDemoPages } from '../../scripts/lib/demo-server';
import type { ExtensionBrowser } from '../../scripts/lib/launch-browser';
import { buildReactArticle } from './support/build-react-article';
import { demoUrl, paintedFigures, readReport, startBrowser, waitForScan } from './support/extension';

const SITE = 'http://127.0.0.1:9/';
let browser: ExtensionBrowser;
let react: { html: string; markup: string };

beforeAll(async () => {
  react = await buildReactArticle();
  browser = await startBrowser();
  await browser.context.route(`${SITE}**`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: react.html }),
  );
});
afterAll(async () => {
  await browser?.close();
});

/** Errors and warnings a page logs or throws: React reports hydration mismatches as console errors. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

const snapshot = (page: Page) =>
  page.evaluate(() => ({ html: document.documentElement.outerHTML, text: document.body.innerText }));

describe.each((await listDemoPages()).map((page) => page.slug))('demo page %s', (slug) => {
  test('keeps its DOM and text through the scan and the watching after it', async () => {
    const page = await browser.context.newPage();
    const problems = collectProblems(page);
    await page.goto(`${demoUrl()}${slug}/`);
    const before = await snapshot(page);
    await waitForScan(browser, page);
    // Long enough for a rescan, were anything to call for one.
    await page.waitForTimeout(700);
    expect(await snapshot(page)).toEqual(before);
    expect(problems).toEqual([]);
    await page.close();
  });
});

test('a server-rendered React article hydrates untouched under the paint, and its state still renders', async () => {
  const page = await browser.context.newPage();
  const problems = collectProblems(page);
  await page.goto(`${SITE}react/`);
  const tabId = await waitForScan(browser, page);
  const report = await readReport(browser, tabId);
  expect(report.isTopic).toBe(true);
  expect(report.figures.map((figure) => figure.text)).toEqual(
    expect.arrayContaining(['41 billion dollars', '8 percent', '540,000 containers']),
  );
  await page.waitForSelector('body[data-hydrated=yes]');
  // Hydration kept the server's markup as it was: the scan changed nothing React compares.
  expect(await page.evaluate(() => document.getElementById('root')?.innerHTML)).toBe(react.markup);
  expect((await paintedFigures(page)).map((figure) => figure.text)).toEqual(
    report.figures.map((f) => f.text),
  );
  // The paint holds no live Range: the browser would update each one on every DOM change React makes.
  expect(
    await page.evaluate(() =>
      [...CSS.highlights.values()]
        .flatMap((highlight) => [...highlight])
        .map((range) => range.constructor.name),
    ),
  ).toEqual(report.figures.map(() => 'StaticRange'));

  await page.click('#like');
  await page.click('#like');
  await expect.poll(() => page.textContent('#like')).toBe('Liked 2 times');
  await page.click('#read-more');
  await expect.poll(() => page.textContent('#more')).toContain('4.1 million tonnes');
  // What React rendered later is scanned too.
  await expect
    .poll(async () => (await readReport(browser, tabId)).figures.map((figure) => figure.text), {
      timeout: 15_000,
    })
    .toContain('4.1 million tonnes');
  expect(problems).toEqual([]);
  await page.close();
});
